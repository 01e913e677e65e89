package timex

// months maps month names and their usual abbreviations to 1..12.
var months = map[string]int{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6,
	"july": 7, "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
	"sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}

// weekdays maps weekday names and abbreviations to time.Weekday values.
var weekdays = map[string]int{
	"sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
	"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5, "sat": 6, "sun": 0,
}

// numberWords maps spelled-out numbers to their values; -1 stands for an
// unspecified quantity ("several", "a few"), written X in TIMEX3 values.
var numberWords = map[string]int{
	"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
	"eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
	"hundred": 100, "thousand": 1000, "dozen": 12, "couple": 2,
	"several": -1, "few": -1, "many": -1, "some": -1, "numerous": -1,
}

// unit is a calendar unit of a duration or of a relative date.
type unit struct {
	code string // TIMEX3 duration letter: S, M (minute: T..M), H, D, W, M, Y
	time bool   // a time unit, written after "T" in durations
	mul  int    // multiplier into code (a decade is 10 years)
}

var units = map[string]unit{
	"second": {"S", true, 1}, "seconds": {"S", true, 1},
	"minute": {"M", true, 1}, "minutes": {"M", true, 1}, "min": {"M", true, 1}, "mins": {"M", true, 1},
	"hour": {"H", true, 1}, "hours": {"H", true, 1}, "hr": {"H", true, 1}, "hrs": {"H", true, 1},
	"day": {"D", false, 1}, "days": {"D", false, 1},
	"week": {"W", false, 1}, "weeks": {"W", false, 1},
	"fortnight": {"W", false, 2}, "fortnights": {"W", false, 2},
	"month": {"M", false, 1}, "months": {"M", false, 1},
	"year": {"Y", false, 1}, "years": {"Y", false, 1}, "yr": {"Y", false, 1}, "yrs": {"Y", false, 1},
	"decade": {"Y", false, 10}, "decades": {"Y", false, 10},
	"century": {"Y", false, 100}, "centuries": {"Y", false, 100},
}

// partsOfDay maps words for parts of a day to TIMEX3 codes.
var partsOfDay = map[string]string{
	"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
	"overnight": "NI",
}

// seasons maps season names to TIMEX3 codes.
var seasons = map[string]string{
	"spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}

// seasonStart is the first month of each season (northern hemisphere).
var seasonStart = map[string]int{"SP": 3, "SU": 6, "FA": 9, "WI": 12}

// ordinals maps ordinal words to numbers, for quarters, halves and days.
var ordinals = map[string]int{
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
	"sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
	"twentieth": 20, "twenty-first": 21, "last": -1, "final": -1,
}

// datePreps are words after which a bare month name or an old year is a
// date: they disambiguate "May" the month from "may" the verb.
var datePreps = map[string]bool{
	"in": true, "since": true, "until": true, "till": true, "by": true, "of": true,
	"during": true, "from": true, "to": true, "through": true, "between": true,
	"and": true, "or": true, "early": true, "late": true, "mid": true, "before": true,
	"after": true, "last": true, "next": true, "this": true, "that": true, "on": true,
	"for": true, "around": true, "throughout": true, "past": true, "each": true,
	"every": true, "as": true, "circa": true, "year": true,
	"spring": true, "summer": true, "autumn": true, "winter": true, "fall": true,
	"end": true, "beginning": true, "start": true, "middle": true, "earlier": true,
	"later": true, "coming": true, "against": true, "at": true, "within": true,
	"fiscal": true, "pre": true, "post": true, "than": true, "following": true,
}

// budgetYears are the words that make a year a fiscal one ("next fiscal
// year", "the financial year 2024-25"), told as the calendar year it is
// numbered by or mostly falls in.
var budgetYears = map[string]bool{"fiscal": true, "financial": true, "budget": true, "tax": true}

// nameHeads, capitalised after a four-digit number, make the number part
// of a body's name ("the 1922 Committee", "the 2020 Group"), which
// TimeML leaves untagged, not a year.
var nameHeads = map[string]bool{
	"committee": true, "group": true, "club": true, "foundation": true, "movement": true,
	"party": true, "front": true, "alliance": true, "union": true, "council": true,
	"society": true, "coalition": true, "caucus": true,
}

// countNouns are nouns after which a four-digit number is a count
// ("2000 troops"), not a year.
var countNouns = map[string]bool{
	"people": true, "persons": true, "troops": true, "soldiers": true, "workers": true,
	"votes": true, "seats": true, "km": true, "miles": true, "meters": true, "metres": true,
	"feet": true, "ft": true, "tons": true, "tonnes": true, "dollars": true, "euros": true,
	"pounds": true, "yuan": true, "rupees": true, "members": true, "students": true,
	"cases": true, "deaths": true, "residents": true, "refugees": true, "homes": true,
	"houses": true, "jobs": true, "times": true, "cars": true, "vehicles": true,
	"kilometres": true, "kilometers": true, "acres": true, "hectares": true,
	"barrels": true, "pages": true, "words": true, "signatures": true, "users": true,
	"copies": true, "units": true, "employees": true, "police": true, "officers": true,
	"protesters": true, "demonstrators": true, "children": true, "women": true,
	"men": true, "families": true, "patients": true, "prisoners": true, "kg": true,
	"lb": true, "lbs": true, "mw": true, "kw": true, "gw": true, "mph": true, "m": true,
	"points": true, "percent": true, "per": true, "delegates": true, "voters": true,
	"ballots": true, "candidates": true, "schools": true, "companies": true,
	"hours": true, "days": true, "weeks": true, "months": true, "years": true,
	"minutes": true, "seconds": true, "rounds": true, "tanks": true, "missiles": true,
	"rockets": true, "shells": true, "planes": true, "aircraft": true, "ships": true,
	"guns": true, "weapons": true, "mm": true, "cm": true, "sq": true, "square": true,
	"cubic": true, "gallons": true, "litres": true, "liters": true, "bn": true,
	"million": true, "billion": true, "trillion": true, "hundred": true, "thousand": true,
	"yards": true, "inches": true, "degrees": true, "calories": true, "items": true,
	"documents": true, "emails": true, "messages": true, "posts": true, "accounts": true,
	"followers": true, "visitors": true, "tourists": true, "migrants": true,
	"immigrants": true, "civilians": true, "fighters": true, "militants": true,
	"rebels": true, "arrests": true, "victims": true, "injuries": true, "attacks": true,
}

// numberPrefixes are words after which a four-digit number is an
// identifier, not a year ("Flight 2019", "Resolution 1441").
var numberPrefixes = map[string]bool{
	"flight": true, "no": true, "number": true, "route": true, "room": true, "page": true,
	"resolution": true, "article": true, "section": true, "bill": true, "highway": true,
	"model": true, "channel": true, "code": true, "pin": true, "box": true, "suite": true,
	"apartment": true, "unit": true, "level": true, "ward": true, "interstate": true,
	"rule": true, "paragraph": true, "chapter": true, "line": true, "bus": true,
	"train": true, "gate": true, "platform": true, "exit": true, "mile": true,
	"boeing": true, "airbus": true, "tu": true, "il": true, "mig": true, "su": true,
	"version": true, "windows": true, "office": true, "lot": true, "cell": true,
	"block": true, "building": true, "floor": true, "street": true, "avenue": true,
	"road": true, "st": true, "ave": true, "rd": true, "hwy": true, "i": true, "us": true,
	"some": true, "about": true, "nearly": true, "almost": true, "approximately": true,
	"roughly": true, "over": true, "under": true, "than": true, "least": true,
	"most": true, "total": true, "additional": true, "another": true,
}

// futureWords mark a clause about the future, after which a weekday or a
// month without a year is the next one rather than the last.
var futureWords = map[string]bool{
	"will": true, "shall": true, "ll": true, "scheduled": true, "expected": true,
	"plans": true, "plan": true, "until": true, "soon": true, "upcoming": true, "due": true,
	"tomorrow": true, "intends": true, "aims": true, "hopes": true,
	"wo":     true, // "won't" is scanned as wo + ' + t
	"slated": true, "set": true, "going": true, "coming": true,
	// present forms that tell a fixed time ahead ("the summit opens on
	// Monday") are scheduledPresents, read from data/scheduled_presents.txt
}

// pollNouns name a vote that is called or set "for" a time, which is then
// to come: "called a snap election for November", "a referendum for
// March".
var pollNouns = map[string]bool{
	"election": true, "elections": true, "vote": true, "poll": true, "polls": true,
	"referendum": true, "ballot": true, "runoff": true, "run-off": true,
}

// stoppageNouns name a strike or a protest that is called or set "for" a
// time, which is then to come: "called a general strike for Thursday",
// as pollNouns' "called a snap election for November".
var stoppageNouns = map[string]bool{
	"strike": true, "strikes": true, "walkout": true, "walkouts": true, "walk-out": true,
	"protest": true, "protests": true, "demonstration": true, "demonstrations": true,
	"shutdown": true, "stoppage": true, "stoppages": true,
}

// intentVerbs followed by "to" look forward: "planned to leave on Thursday",
// and in the present, as a headline tells it, "vows to march on Saturday".
// "decided" is not one: "decided to resign on Friday" resigned last Friday.
var intentVerbs = map[string]bool{
	"planned": true, "intended": true, "hoped": true, "wanted": true, "agreed": true,
	"promised": true, "vowed": true, "pledged": true, "threatened": true,
	"prepared": true, "aimed": true, "was": true, "were": true, "scheduled": true,
	"expected": true, "set": true, "due": true, "poised": true, "ready": true,
	"vow": true, "vows": true, "pledge": true, "pledges": true, "promise": true, "promises": true,
	"threaten": true, "threatens": true, "want": true, "wants": true,
	"prepare": true, "prepares": true, "seek": true, "seeks": true, "expect": true, "expects": true,
}

// aimVerbs after "was" or "were" and before "to" look forward.
var aimVerbs = map[string]bool{
	"planning": true, "preparing": true, "hoping": true, "going": true, "set": true,
	"scheduled": true, "due": true, "expected": true, "poised": true, "about": true,
	"trying": true, "seeking": true, "ready": true, "willing": true,
}

// abbreviations end with a dot that does not end the sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "gen": true, "gov": true,
	"sen": true, "rep": true, "st": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "prof": true, "sgt": true, "col": true,
	"lt": true, "capt": true, "rev": true, "hon": true, "rt": true, "no": true,
	"vs": true, "jr": true, "sr": true, "inc": true, "corp": true, "co": true,
}

// reportVerbs directly before a date say when something was said: "said
// Friday" is the last Friday whatever the reported clause's tense.
var reportVerbs = map[string]bool{
	"said": true, "told": true, "announced": true, "reported": true, "stated": true,
	"added": true, "confirmed": true, "declared": true, "disclosed": true,
	"revealed": true, "wrote": true, "tweeted": true, "warned": true, "insisted": true,
	"denied": true, "acknowledged": true, "admitted": true, "claimed": true,
}

// pastWords mark a clause about the past.
var pastWords = map[string]bool{
	"was": true, "were": true, "had": true, "did": true,
	"met": true, "took": true, "came": true, "went": true, "began": true, "made": true,
	"held": true, "left": true, "gave": true, "found": true, "saw": true, "got": true,
	"ago": true, "last": true, "earlier": true, "yesterday": true, "won": true,
	"lost": true, "fell": true, "rose": true, "led": true, "sent": true, "spoke": true,
	"wrote": true, "brought": true, "thought": true, "knew": true, "became": true,
	"ran": true, "hit": true, "struck": true, "killed": true, "wounded": true,
	"been": true, "has": true, "have": true, "since": true,
	"put": true, "set": false, "quit": true, "shot": true, "caught": true,
	// irregular pasts of news verbs, which no "-ed" marks: "drew
	// criticism on Friday", "upheld the ban on Tuesday" (a verb of
	// saying, which may close a sentence about what is to come, is
	// left to reportVerbs)
	"drew": true, "sought": true, "fought": true, "stood": true,
	"broke": true, "chose": true, "fled": true, "withdrew": true,
	"kept": true, "paid": true, "swore": true, "threw": true, "upheld": true,
	"overtook": true, "forbade": true, "drove": true, "flew": true, "sold": true,
	"spent": true, "built": true, "heard": true, "taught": true, "bought": true,
}

// pendingWords between a past verb and a date put the date in a time still
// to come from the verb's: an infinitive or a purpose ("decided to admit
// them in March", "called a vote for June"), a modal or a present
// auxiliary ("may be resolved in May", "when the case is heard in May"),
// a time ahead ("ahead of the June vote").
var pendingWords = map[string]bool{
	"to": true, "for": true, "will": true, "would": true, "may": true, "might": true,
	"could": true, "should": true, "can": true, "must": true, "shall": true,
	"be": true, "is": true, "are": true, "am": true, "until": true, "till": true,
	"before": true, "ahead": true, "upcoming": true, "next": true, "coming": true,
	"planned": true, "scheduled": true, "proposed": true, "expected": true,
	"when": true, "if": true, "once": true, "unless": true,
}

// pendingVerbs are past verbs whose object is a thing still to come when
// they are told: "postponed the June summit", "scheduled a July vote".
var pendingVerbs = map[string]bool{
	"postponed": true, "delayed": true, "cancelled": true, "canceled": true,
	"deferred": true, "rescheduled": true, "called": true, "planned": true,
	"scheduled": true, "set": true, "fixed": true, "proposed": true,
	"announced": true, "confirmed": true, "moved": true, "suspended": true,
	"booked": true, "arranged": true, "organised": true, "organized": true,
	"prepared": true, "approved": true, "authorised": true,
	"authorized": true, "invited": true, "urged": true, "asked": true,
}
