//! English, as claimcheck reads it: every word list the grammar, the claims and the checks
//! use, in one place. A list here is vocabulary, not facts: facts live in the rule packs.

/// Adverbs that may stand between a subject and its verb: "the administration also aims".
pub const ADVERBS: &[&str] = &[
    "also",
    "still",
    "now",
    "currently",
    "already",
    "long",
    "recently",
    "reportedly",
    "repeatedly",
    "clearly",
    "apparently",
    "further",
    "again",
    "too",
    "increasingly",
    "quietly",
    "formally",
    "firmly",
    "strongly",
];

/// Present forms of the auxiliaries: "is", "does".
pub const PRESENT_VERBS: &[&str] = &["is", "are", "does", "do", "isn't", "doesn't", "aren't", "don't"];

/// Past forms: auxiliaries and irregular past tenses (regular ones end in "-ed").
pub const PAST_VERBS: &[&str] = &[
    "was",
    "were",
    "had",
    "did",
    "wasn't",
    "didn't",
    "hadn't",
    "said",
    "made",
    "took",
    "gave",
    "sought",
    "told",
    "sent",
    "brought",
    "began",
    "kept",
    "left",
    "led",
    "won",
    "lost",
    "spent",
    "set",
    "put",
    "cut",
    "let",
    "felt",
    "held",
    "paid",
    "met",
    "chose",
    "drew",
    "threw",
    "went",
    "came",
    "became",
    "saw",
    "knew",
    "thought",
    "fought",
    "built",
    "ran",
    "struck",
    "stood",
    "withdrew",
    "wrote",
    "forgave",
    "oversaw",
    "undertook",
    "hid",
    "bore",
    "rode",
    "meant",
    "spoke",
    "heard",
    "found",
    "sat",
    "flew",
    "grew",
    "broke",
    "sold",
    "bought",
    "got",
];

/// Auxiliaries of the future: "will".
pub const FUTURE_AUXILIARIES: &[&str] = &["will", "shall", "won't"];

/// Modals: hypothetical or reported; they claim nothing on their own.
pub const MODALS: &[&str] = &[
    "would", "could", "might", "may", "should", "must", "can", "cannot", "can't", "ought",
];

/// Plural nouns that follow "administration" in compounds: "administration officials said".
pub const NOUNS: &[&str] = &[
    "officials",
    "sources",
    "aides",
    "members",
    "figures",
    "economists",
    "officers",
    "lawyers",
    "critics",
    "proposals",
    "insiders",
    "supporters",
    "spokesmen",
    "appointees",
    "analysts",
    "negotiators",
    "experts",
    "priorities",
    "policies",
    "programs",
    "programmes",
    "plans",
    "efforts",
    "actions",
    "rules",
    "regulations",
    "years",
    "days",
    "veterans",
    "alumni",
    "initiatives",
    "reports",
    "documents",
    "records",
    "leaders",
    "agencies",
    "departments",
    "advisers",
    "advisors",
    "staffers",
    "nominees",
    "estimates",
    "forecasts",
    "projections",
    "statistics",
    "talks",
    "terms",
];

/// Prepositions: a phrase right after one is no verb's subject ("caused by the Biden Administration").
pub const PREPOSITIONS: &[&str] = &[
    "about",
    "across",
    "after",
    "against",
    "among",
    "at",
    "before",
    "between",
    "by",
    "during",
    "for",
    "from",
    "in",
    "into",
    "like",
    "of",
    "on",
    "over",
    "since",
    "than",
    "through",
    "throughout",
    "to",
    "toward",
    "towards",
    "under",
    "until",
    "with",
    "within",
    "without",
];

/// Lowercase particles inside names: "Faisal bin Farhan", "Ursula von der Leyen", "Daniel arap
/// Moi", "José Eduardo dos Santos", "Kengo wa Dondo".
pub const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "bint", "al", "el", "de", "del", "della", "da", "di", "du", "van", "von", "der", "den", "la", "le",
    "ter", "arap", "dos", "das", "wa",
];

/// Styles of address written before a title ("His Majesty King Abdullah II", "Her Excellency
/// President …", "His Royal Highness Prince …"): the noun of the style, after one of
/// `STYLE_OPENERS`. A style is courtesy, not an organisation that qualifies the title.
pub const STYLE_NOUNS: &[&str] = &[
    "Majesty",
    "Majesties",
    "Excellency",
    "Excellencies",
    "Highness",
    "Highnesses",
];
/// The word before a style's noun: "His", "Her", "Their", "Your"; "Royal", "Serene",
/// "Imperial" in "His Royal Highness".
pub const STYLE_OPENERS: &[&str] = &["His", "Her", "Their", "Your", "Royal", "Serene", "Imperial"];

/// Capitalised words that open sentences and clauses rather than name anyone: a capitalised
/// word before a title or a name that is one of these is not part of an organisation's name,
/// nor a place or actor of an event.
#[rustfmt::skip]
pub const FUNCTION_WORDS: &[&str] = &[
    "The", "A", "An", "And", "But", "Or", "So", "As", "When", "While", "After", "Before", "If",
    "Under", "With", "By", "For", "From", "To", "Of", "On", "In", "At", "Since", "Until", "Then",
    "Now", "Yesterday", "Today", "Also", "Later", "Earlier", "Meanwhile", "Separately", "Last",
    "This", "That", "He", "She", "It", "They", "We", "I", "His", "Her", "Their", "Mr", "Mrs", "Ms",
    "According", "However",
];

/// Capitalised words that follow a name but are not part of it (besides weekdays and months).
#[rustfmt::skip]
pub const NOT_NAMES: &[&str] = &[
    "Administration", "Government",
    // A body, not a person: "Justice Department", "Defense Department officials".
    "Department", "Departments", "Ministry", "Ministries",
    // Verbs of a headline in title case, which end the name before them: "President Biden
    // Announces Key Nominees" names Biden. None is a surname the packs know.
    "Announces", "Signs", "Issues", "Delivers", "Hosts", "Meets", "Nominates", "Appoints",
    "Launches", "Unveils", "Travels", "Welcomes", "Celebrates", "Commemorates", "Proclaims",
    "Declares", "Approves", "Designates", "Highlights", "Convenes", "Discusses", "Honors",
    "Awards", "Releases", "Speaks", "Says", "Urges", "Visits", "Participates", "Attends",
    "Reaffirms", "Condemns", "Applauds", "Touts", "Outlines", "Extends", "Expands", "Invites",
];

/// Words that make a capitalised run a company's or a body's name, not a person's: "American
/// President Cos Ltd said", "President of the Coffee Institute".
#[rustfmt::skip]
pub const ORGANISATION_WORDS: &[&str] = &[
    "Co", "Cos", "Corp", "Inc", "Ltd", "Plc", "PLC", "LLC", "AG", "SA", "NV", "Group", "Holdings",
    "Lines", "Bank", "Company", "Companies", "Corporation", "Institute", "Council", "Association",
    "Party", "Society", "Club", "Foundation", "University", "College", "Committee", "Commission",
    "Board", "Agency", "Federation", "Union", "League", "Trust", "Fund",
];

/// Words written with a full stop that do not end a sentence.
pub const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Dr", "St", "Gen", "Sen", "Sens", "Rep", "Reps", "Gov", "Lt", "Col", "Capt", "Sgt", "Maj",
    "Adm", "Cmdr", "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "No", "Nos", "Jan", "Feb", "Apr", "Jun", "Jul", "Aug",
    "Sep", "Sept", "Oct", "Nov", "Dec", "vs", "Prof", "Rev", "Mt", "Ft", "Ave", "Dept", "Pres", "Hon", "Messrs",
    "approx",
];

/// Words that, after an initialism such as "U.S.", show that a new sentence began.
/// Narrower than `FUNCTION_WORDS` on purpose: "the U.S. Under Secretary" goes on.
#[rustfmt::skip]
pub const SENTENCE_OPENERS: &[&str] = &[
    "The", "He", "She", "It", "They", "We", "I", "In", "But", "A", "An", "This", "That", "These",
    "Those", "There", "His", "Her", "Their", "Its", "On", "At", "As", "After", "Before", "When",
    "While", "Meanwhile", "However", "And",
];

/// The weekdays, Monday first (index 0 is Monday, as chrono counts).
pub const WEEKDAYS: &[&str] = &[
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];

/// The months, January first.
pub const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Verbs that attribute a quotation.
pub const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "told",
    "added",
    "asked",
    "reported",
    "wrote",
    "stated",
    "declared",
    "explained",
    "noted",
];

/// Numbers written as words, with their values.
pub const NUMBER_WORDS: &[(&str, u64)] = &[
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
    ("hundred", 100),
];

/// Past reporting verbs that, in news copy, report what someone said on the day.
pub const REPORTING_VERBS: &[&str] = &["said", "told"];

/// Phrases that move a sentence back in time.
pub const PAST_MARKERS: &[&str] = &[
    "at the time",
    "at that time",
    "back then",
    "in those days",
    "then-",
    " era ",
    " ago",
];

/// Words that, with the weekdays, date a sentence to the days around publication.
pub const RECENT: &[&str] = &[
    "today",
    "tonight",
    "yesterday",
    "this week",
    "this morning",
    "this afternoon",
    "this evening",
    "last night",
];

/// Words right before the phrase that place it inside the term: "under President Biden".
pub const DURING: &[&str] = &["under", "Under", "during", "During"];

/// Auxiliaries between a counted noun and a participle: "three people were killed".
pub const COUNT_AUXILIARIES: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have been",
    "had been",
    "have been reported",
];

/// Links between a word and the count after it: "the deaths of three", "the toll rose to 12".
pub const COUNT_LINKS: &[&str] = &["of", "to", "at", "rose to", "stood at"];

/// Words that make a sentence about a death no claim of it: doubted, denied, imagined.
pub const DEATH_HEDGES: &[&str] = &[
    "if ",
    "whether",
    "rumor",
    "rumour",
    "false",
    "hoax",
    "denied",
    "deny",
    "denies",
    "wrongly",
    "erroneous",
    "mistaken",
    "fake",
    "as though",
    "pretend",
    "feared",
    "would ",
    "could ",
    "might ",
    "not ",
    "n't ",
    "never ",
    "nearly",
    "almost",
    "hypothetic",
    "imagine",
    "fiction",
    "film",
    "novel",
    "character",
    "played",
];

/// "the late X": a claim that X has died.
pub const LATE: [&str; 2] = ["the late ", "The late "];

/// Words after "the late" that make it a time, a stage or a thing, not a dead person: "the
/// late afternoon", "the late stages", "the late night show host X".
#[rustfmt::skip]
pub const LATE_NOT_A_PERSON: &[&str] = &[
    "night", "afternoon", "morning", "evening", "summer", "spring", "autumn", "fall", "winter",
    "season", "stage", "stages", "period", "phase", "game", "shift", "show", "edition",
    "innings", "goal", "penalty", "entry", "entries", "payment", "payments", "fee", "fees",
    "starter", "starters", "comer", "comers", "bloomer", "bloomers", "arrival", "arrivals",
    "surge", "rally", "charge", "push", "winner", "equaliser", "equalizer", "era", "years",
    "hours", "session", "trading", "deadline", "filing", "filings", "change", "changes",
];

/// Name suffixes that make a different person of the name before them.
pub const NAME_SUFFIXES: &[&str] = &["Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"];

/// Lowercase particles that join a surname to the name before it ("Ursula von der Leyen").
pub const SURNAME_PARTICLES: &[&str] = &["bin", "al", "de", "van", "von", "der", "da"];

/// Verbs that choose someone for an office: "he has appointed as his Treasury Secretary …".
pub const APPOINTING_VERBS: &[&str] = &[
    "appointed",
    "appoint",
    "appoints",
    "named",
    "name",
    "names",
    "nominated",
    "nominate",
    "nominates",
    "chose",
    "choose",
    "chooses",
    "picked",
    "pick",
    "picks",
    "tapped",
    "tap",
    "taps",
    "selected",
    "select",
    "selects",
    "designated",
];

/// Words before a claim that put its clause in the future, or in what may be: "I look forward
/// to working with President Park", "until President Park is inaugurated", "she'll be …".
pub const FUTURE_MARKERS: &[&str] = &[
    "will ",
    "'ll ",
    "’ll ",
    "would ",
    "shall ",
    "going to ",
    "look forward to",
    "looks forward to",
    "looking forward to",
    "until ",
    "by then",
    "once ",
    "can ",
    "could ",
    "may ",
    "might ",
    "expected to",
    "set to become",
    "to become ",
    "poised to",
];

/// Words that say a present perfect spans a stretch of time: "for years the government has
/// claimed …", "has long said" — what was said throughout, the term included.
pub const DURATION_MARKERS: &[&str] = &[
    "for years",
    "for decades",
    "for months",
    "over the years",
    "has long ",
    "have long ",
    "had long ",
];

/// Words that open a sentence with a clause of time, which in the past tells of that past
/// moment, titles and all: "When the talks were launched, Prime Minister Hale said …".
pub const TIME_SUBORDINATORS: &[&str] = &["When", "After", "Before", "As", "Once", "While", "Since"];

/// Phrases that open a sentence on a past event without a verb: "In the aftermath of the
/// floods, President Moss said …".
pub const PAST_EVENT_OPENERS: &[&str] = &[
    "In the aftermath of",
    "At the height of",
    "In the days after",
    "In the weeks after",
    "In the wake of",
];

/// Past verbs that take a whole clause rather than an object: "officials said the Carter
/// Administration wants more" — the government is the clause's subject there.
pub const CLAUSE_VERBS: &[&str] = &[
    "said",
    "told",
    "added",
    "argued",
    "noted",
    "warned",
    "claimed",
    "believed",
    "thought",
    "hoped",
    "insisted",
    "stressed",
    "reported",
    "announced",
    "explained",
    "acknowledged",
    "conceded",
    "suggested",
    "wrote",
    "stated",
    "asserted",
    "complained",
    "feared",
    "predicted",
    "knew",
    "felt",
    "found",
    "showed",
    "revealed",
    "confirmed",
    "denied",
    "declared",
    "asked",
    "agreed",
    "doubted",
    "expected",
    "learned",
    "recalled",
    "understood",
    "worried",
];

/// Words that put a date in a plan, a schedule or a forecast: "will meet on 3 March 2025",
/// "the vote is due in March 2026", "scheduled for".
pub const SCHEDULE_MARKERS: &[&str] = &[
    "will ",
    "'ll ",
    "’ll ",
    "due ",
    "scheduled",
    "expected",
    "planned",
    "plans ",
    "plan to",
    "set to",
    "slated",
    "deadline",
    "forecast",
    "projected",
    "target",
    "aims to",
    "intends",
    "would ",
    "could ",
    "may ",
    "might ",
    "should ",
    "shall ",
    "must ",
    "to be held",
    " is to ",
    " are to ",
    "upcoming",
    "next ",
    "to attend",
    "beginning",
    "beyond",
    "effective",
    "as of",
    "on or after",
    "no later than",
    "starting",
    "ahead of",
    "in time for",
    "road to",
];

/// Words that make a date the copy's own revision stamp, not an event it reports: "Last
/// updated on May 5, 2025" under a piece first published a week earlier.
pub const REVISION_WORDS: &[&str] = &["updated", "revised", "corrected", "amended", "edited", "modified"];

/// Words right before a date that make it a limit or a range's end, not an event: "by 2030",
/// "until March", "from January 2020 to September 30, 2021".
pub const DEADLINE_WORDS: &[&str] = &["by ", "until ", "till ", "through ", "before ", "to ", "after "];

/// Words before a past form that make it a participle, not a finite verb: "was elected",
/// "has been signed", "to be revoked".
pub const PARTICIPLE_LEADS: &[&str] = &[
    "be", "been", "being", "is", "are", "was", "were", "has", "have", "had", "to", "get", "got", "newly",
];
