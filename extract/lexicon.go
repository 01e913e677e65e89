package extract

import "strings"

// set builds a lookup set from space-separated words.
func set(words ...string) map[string]bool {
	m := map[string]bool{}
	for _, w := range words {
		for f := range strings.FieldsSeq(w) {
			m[f] = true
		}
	}
	return m
}

// commonWords are lowercase English words that start sentences or headings
// capitalised without being names. A capitalised token whose lowercase form
// is here does not start a name at the start of a sentence, and is never a
// name on its own.
var commonWords = set(
	"a an the this that these those there here it its it's he she they we i you me him her them us my our your their his hers ours",
	"and or but nor so yet for if then than when while where whereas why how what which who whom whose whether because since although though unless until after before",
	"in on at by of to from with without into onto over under about above below across along among around between beyond during except inside outside through throughout toward towards upon within against despite via per like",
	"is are was were be been being am do does did done have has had having will would shall should can could may might must",
	"not no yes all any both each every few many most much none other others some such only own same very just also even still already again ever never always often sometimes soon later earlier now then today tomorrow yesterday tonight meanwhile however therefore thus moreover furthermore instead indeed perhaps maybe nevertheless nonetheless otherwise",
	"one two three four five six seven eight nine ten first second third last next another several",
	"let lets please thank thanks dear oh well okay ok yeah hello hi wow sorry um uh mm hmm ah alright really anyway actually basically maybe right",
	"after asked according additionally almost once while unlike like following given including during amid among as",
	"new old big small great good bad high low long short early late recent recently former current previous",
	"chapter section part figure table page introduction conclusion abstract summary background results discussion methods references appendix note notes",
	"mr mrs ms dr sir madam senior former veteran top late acting interim outgoing incoming",
	"breaking update updated exclusive watch read listen photo video opinion analysis editorial",
	"because although despite whatever whoever whichever wherever whenever",
	"see say says said tell told ask according",
	"yesterday everyone everybody someone somebody anyone anybody nobody nothing something anything everything",
)

// months and weekdays are times, never names on their own.
var calendarWords = set(
	"january february march april may june july august september october november december",
	"jan feb mar apr jun jul aug sep sept oct nov dec",
	"monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun",
	"spring summer autumn fall winter christmas easter",
)

// abbreviations end with a period that does not end the sentence.
var abbreviations = set(
	"mr mrs ms mssrs messrs dr prof rev fr sr jr st rt hon gen lt col maj capt cmdr adm sgt cpl pvt gov sen rep pres supt insp det",
	"jan feb mar apr jun jul aug sep sept oct nov dec",
	"mt ft ave blvd rd no nos vol vols pp fig figs approx est dept univ assn assoc bros inc ltd co corp plc",
	"vs etc al cf e.g i.e a.m p.m u.s u.k u.n e.u",
)

// connectors may join capitalised words inside a name ("House of Commons",
// "Ludwig van Beethoven", "Abu bin Hamid").
var connectors = set("of de del della di da das dos do du des van von der den la le el al bin ibn bint es y")

// orgHeads end or open organisation names.
var orgHeads = set(
	"house ministry department university college school academy institute institution museum library council committee commission",
	"assembly parliament congress senate court tribunal agency bureau office authority board service services corporation corp company co inc ltd plc llc",
	"group holdings bank fund foundation association federation union league society club team army navy force forces police guard",
	"church party movement front alliance coalition organization organisation network centre center hospital airlines airways news times post",
	"herald journal tribune gazette press radio television tv broadcasting channel daily weekly review magazine telegraph chronicle observer",
	"guardian mail express standard mirror star sun independent records reuters cabinet government administration secretariat directorate",
	"brigade regiment division command corps battalion fleet squad unit program programme project council commission",
	"industries industry motors systems technologies technology labs laboratories pharmaceuticals energy oil petroleum airlines railway railways",
	"aerospace defence defense dynamics electronics communications telecom partners ventures bancorp financial insurance",
	"railroad railroads transit battalion battalions brigades relations orchestra choir ensemble theatre theater",
	"nations alliance initiative institute consortium chamber guild lodge order conference summit forum clinic clinics",
	"universiteit universität université universidad università universidade bibliotheek bibliothèque bibliothek hochschule instituut institut",
	"ministerie ministerio ministère partei partido parti partij",
)

// mediaHeads end the names of news outlets.
var mediaHeads = set("news times post herald journal tribune gazette press radio television tv broadcasting channel daily telegraph chronicle observer guardian mail express mirror star sun reuters magazine review weekly agency")

// placeHeads end or open place names.
var placeHeads = set(
	"city town village county province state region district territory island islands isle river lake sea ocean bay gulf coast mountain mountains mount mt hill hills valley",
	"street st avenue road square park bridge airport port harbour harbor peninsula desert forest canyon falls strait channel archipelago plain plains",
	"north south east west northeast northwest southeast southwest heights springs beach capital municipality prefecture oblast governorate borough",
	"hall mansion tower palace castle cathedral stadium arena tunnel trail bay quay pier plaza boulevard",
	"creek drive highway expressway parkway freeway colony empire kingdom caliphate sultanate khanate emirate principality duchy",
)

// placeOpeners start place names ("Lake Ontario", "Mount Kenya", "Port Moresby").
var placeOpeners = set("lake mount mt port cape fort san santa saint st new north south east west upper lower greater")

// placePrepositions before a name hint that it is a place.
var placePrepositions = set("in at from near to into across outside inside toward towards via through around throughout")

// openers are characters that may open a sentence before its first word.
var openers = set(`" “ ‘ ' ( [ — – -`)

// plural number words for groups ("the two Michaels").
var numberWords = map[string]int{"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}

// personNouns are common nouns for people; after a demonym they make a
// person's nationality ("Varovian banker Ilie Dorn").
var personNouns = set(
	"man woman men women boy girl person people citizen national resident native politician diplomat official activist businessman businesswoman",
	"executive journalist reporter writer author poet novelist actor actress singer musician artist painter composer director producer player footballer athlete",
	"lawyer judge scientist engineer doctor physician economist historian scholar professor student teacher soldier officer general commander leader",
	"terrorist militant suspect dissident opposition lawmaker legislator senator minister president premier mayor governor envoy ambassador spokesman spokeswoman spokesperson",
	"muslim christian jew hindu buddhist catholic entrepreneur banker billionaire tycoon monk priest bishop cleric imam rabbi explorer philosopher architect",
	"mp mps prince princess king queen emperor nobleman aristocrat statesman revolutionary rebel farmer worker employee analyst",
	"photographer filmmaker bassist guitarist drummer rapper comedian pastor preacher servant magnate monarch sculptor dancer designer chef",
	"publisher editor broadcaster presenter physicist chemist mathematician biologist astronaut pilot sailor boxer wrestler cyclist swimmer",
	"councillor alderman mayor governor diplomat bureaucrat judge jurist attorney prosecutor activist campaigner trade unionist unionist",
)

// workRoles are roles that make a WORKS_FOR relation with an organisation
// ("senior Huawei executive Meng Wanzhou").
var workRoles = set(
	"executive executives chief ceo cfo coo cto chairman chairwoman chair president director manager employee employees staffer official officials",
	"spokesman spokeswoman spokesperson reporter correspondent editor journalist columnist anchor producer analyst engineer founder co-founder",
	"adviser advisor aide lawyer economist researcher scientist officer agent agents consultant partner vice-president",
)

// firstNames is a small list of common given names across languages: a
// capitalised two-word run opening with one of them is a person.
var firstNames = set(
	"aaron abdul abdullah adam adrian ahmad ahmed alan albert alex alexander alexandra alexei alfred ali alice alicia amanda amy ana andrea andreas andrew andrei angela anna anne anthony antonio arthur ashley ",
	"barack barbara ben benjamin bernard bill bob boris brad brandon brian bruce carl carlos carol caroline catherine charles charlotte chris christian christine christopher claire colin craig dan daniel david deborah dennis diana dmitry donald doug douglas",
	"ed edward elizabeth emily emma emmanuel eric erik eva frank franz françois george gerald gordon greg gregory hans harry helen henry hillary howard hugh ian igor isaac ivan jack jacob james jane janet jason jean jeff jeffrey jennifer jessica jim joe john johnny jon jonathan jose joseph josh joshua juan julia julian justin",
	"karen karl kate katherine keith kelly ken kenneth kevin kim kristen larry laura lawrence lee leonard linda lisa louis lucas luis maria mariana mark martin mary matthew max melissa michael michelle miguel mike mohammed mohammad muhammad nancy natalia nathan neil nicholas nick nicola nicolas noah olga oliver oscar ",
	"pamela patricia patrick paul pedro peter philip pierre rachel ralph raymond rebecca richard rick robert roger ronald rose ruth ryan sam samuel sandra sarah scott sean sergei sharon simon sophie stephen steve steven susan thomas tim timothy todd tom tony victor vincent vladimir walter wang william xi yuri zhang",
	" hassan hussein omar yusuf ibrahim mahmoud khalid jamal fatima aisha li chen liu yang huang zhao wu zhou xu sun ma zhu hu guo he lin luo gao liang song rahul raj amit priya sanjay narendra vijay",
	"giuseppe giovanni marco luca francesco hans jürgen klaus wolfgang helmut angela olaf friedrich heinrich ludwig jacques emile henri jean-pierre jean-claude marie sophie isabelle",
	" liz beth betty kate katie katy jenny jen becky becca andy tony nick nicky joe joey jimmy tommy danny johnny bobby billy teddy freddie charlie ollie alfie archie harvey oscar leo theo felix hugo noah liam ethan mason logan owen dylan tyler kyle chloe zoe ella grace lily ruby evie isla poppy holly molly abby abigail hannah madison megan lauren rachel amber jade",
	" gloria julia olivia sophia sofia lydia claudia cynthia victoria natalia cecilia amelia emilia silvia sylvia sonia nadia lucia antonia gabriela mia lia",
	" karl lars nils olav knut bjørn gunnar erik ingrid astrid nelson desmond jomo julius yoweri paul-henri",
)

// Honorifics the extractor knows even without the gazetteer's list.
var honorifics = set("mr mrs ms miss mx dr sir dame lord lady rt hon prof professor rev reverend sheikh ayatollah imam rabbi father sister brother",
	"capt sgt gen col lt maj adm cmdr insp det supt cpl pvt attorney prosecutor judge justice inspector detective sergeant captain colonel lieutenant commander admiral")

// partyNameWords are the words party names of many countries are made of:
// a name of these words only ("National Unity", "Social Democrats") names
// a party the gazetteer knows only where the article names its country.
var partyNameWords = set(
	"national unity party people's peoples popular democratic democrats democrat social socialist socialists liberal liberals conservative conservatives",
	"labour labor green greens left right centre center union alliance front movement progressive progressives reform new united justice freedom",
	"solidarity civic renewal independent independents christian workers workers' communist communists patriotic development congress league",
	"forward together future hope change citizens civil rally republican republicans coalition bloc list action revival homeland the of and for",
)

// genericPartyName reports whether every word of a party's name is a
// common word of party names.
func genericPartyName(name string) bool { return allWordsIn(name, partyNameWords) }

// allWordsIn reports whether name has words and every one, lowercased, is in
// words.
func allWordsIn(name string, words map[string]bool) bool {
	fields := strings.Fields(strings.ToLower(strings.ReplaceAll(name, "’", "'")))
	for _, w := range fields {
		if !words[w] {
			return false
		}
	}
	return len(fields) > 0
}

// bodyNameWords are the words the names of state bodies are made of in
// every country: "Security Service", "Supreme Court", "Foreign Ministry".
var bodyNameWords = set(
	"the of and for national federal state central supreme constitutional high general public royal armed",
	"security intelligence information service services agency bureau office directorate department ministry",
	"court courts tribunal council assembly parliament senate congress house chamber representatives commons lords",
	"bank police guard army navy air force forces defence defense foreign affairs interior home justice finance treasury",
	"health economy trade commerce energy environment education transport labour labor culture immigration",
	"election electoral commission committee investigation investigative prosecutor prosecutors prosecution anti-corruption",
	"border customs revenue tax statistics audit accounts government cabinet presidential president's prime minister's",
)

// genericBodyName reports whether every word of a body's name is a common
// word of state bodies' names.
func genericBodyName(name string) bool { return allWordsIn(name, bodyNameWords) }
