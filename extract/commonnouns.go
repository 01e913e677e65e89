package extract

// commonNouns are frequent English nouns, adjectives and interjections that
// a text capitalises at a sentence start, in a heading or for emphasis
// ("Press", "Image", "Control", "Ugh"); alone, and with nothing in the
// context that names a person, they are not names. The list is curated for
// that scope: it leaves out words that are also common given names or
// surnames ("Bill", "Grant", "Baker", "Stone", "King"), whose capitals the
// recogniser must weigh instead.
var commonNouns = set(
	"ability access account action activity address advice age agency agenda air amount analysis animal answer appeal application approach area argument arm army art article aspect assessment assistance attack attempt attention audience authority award",
	"back background balance ball band bank base basis battle bay beach bed beginning behaviour behavior belief benefit bit blood board boat body book border bottom box brain branch bread break breakfast budget building bulletin business",
	"cabinet call campaign camp cancer cape capital car card care career case cash cat cause cell centre center century chair challenge chance change chapter character charge chart check choice circle city claim class climate club coast code coffee collection college colour color column comment commission committee community company comparison competition computer concept concern condition conference conflict contact content context contract control conversation copy corner cost council country couple courage course coverage creation credit crime crisis culture cup currency cut",
	"damage danger data date deal death debate debt decade decision defence defense degree demand department design desk detail development device dialogue diet difference difficulty dinner direction disaster discussion disease distance document dog door doubt draft dream drink drive drug duty",
	"earth economy edge edition education effect effort election element emergency emphasis employee end energy engine enemy environment episode equipment error evening event evidence exam example exchange exercise exhibition existence experience explanation exposure eye",
	"face fact factor faculty failure faith family fan farm fashion fax fear feature fee feeling fiction field fight figure file film finance fire firm fish flag flight floor focus food foot force forest form fortune foundation frame freedom front fruit fuel fun function fund future",
	"game garden gas gate generation gift glass goal government grade grammar grass ground group growth guard gun",
	"habit hair half hall halls hand health heart heat heaven height help heritage highway history hole holiday home hope horse hospital hotel hour house housing human humanities",
	"idea identity image impact importance improvement incident income increase index industry influence information injury input insight inspiration instance institution instrument insurance intelligence interest internet interview introduction investment island issue item",
	"job joke journey joy judgment justice",
	"key keys kind kitchen knowledge",
	"lab labour labor lack land language law leadership league learning lecture leg lesson letter level liberty library licence license life light limit line link list literature lives loan location lock logic look loss love luck lunch",
	"machine magazine management map market marriage match material matter meal meaning measure media medicine meeting memory mention menu message metal method middle mind minute mission mistake mode model moment money mood morning motion mountain mouth move movie museum music",
	"name nation nations nature need network news night noise north note notice novel number",
	"object objective offer office oil operation opinion opportunity option order organisation organization origin outcome output",
	"page pain paint pair panel paper park part party passage passion past path pattern payment peace people percentage performance period permission person perspective phase phone photo picture piece place plan plant plate platform play poem poetry point police policy politics pollution population position post poverty power practice presence present press pressure price pride principle priority prison problem procedure process product production profession profile program programme progress project promise property proposal protection protest purpose",
	"quality quarter question quote",
	"race radio rain range rate ratio reality reason recipe record region register relation relationship release religion report request research resolution resolve resource response responsibility rest result return revenue review revolution reward right risk road role room rule",
	"safety salary sale savior saviour scale scene schedule scheme school science score screen sea search season seat second secret section sector security selection sense series service session setting sex shape share ship shop shot show side sign signal silence site situation size skill sky society software soil solution song sort sound source south space speech speed spirit sport staff stage standard star start statement station status step stock stones store story strategy street strength stress structure studio study style subject success sugar suggestion summary supply support surface survey system",
	"tab table talk target task taste tax team technology television temperature tension term test text theme theory thing thought threat ticket time title today tool top topic total touch tour town trade tradition traffic training transport travel treatment trial trip trouble truth type",
	"union unit university",
	"value variety vehicle version video view village violence vision visit voice volume vote",
	"wage war warning waste watch water wave way wealth weapon weather web website week weekend weight welcome will wind window winter wish wonder work world writing",
	"year youth zone",
	"ugh oops yay hooray alas aha hey yo whoa gosh nah yep nope huh eh",
	"academic annual basic central certain clear common complete digital domestic environmental equal essential final financial foreign free full general global historical human ideal important individual industrial international key legal local main major medical mental military modern moral natural necessary normal official open original personal physical political popular positive possible potential primary private professional public real regional relevant religious rural serious significant similar simple single social special specific strong successful sufficient technical total traditional typical urban useful various visual vital whole wide",
	"beyond therefore hence thus whereas furthermore nevertheless nonetheless",
)
