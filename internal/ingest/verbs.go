package ingest

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// General English verb knowledge: enough to find a clause's verb, put it
// in the present tense for a headline, and see that "halted", "suspended"
// and "stopped" report the same thing.

type verbForm int

const (
	formPast    verbForm = iota + 1 // "denied", "began"
	formPresent                     // "denies", "begin"
	formAux                         // "has", "was", "will"
)

type verb struct {
	base string
	form verbForm
}

// irregularPast maps irregular past forms to their base.
var irregularPast = map[string]string{
	"said": "say", "told": "tell", "began": "begin", "took": "take", "made": "make",
	"came": "come", "went": "go", "met": "meet", "saw": "see", "gave": "give", "left": "leave",
	"held": "hold", "won": "win", "lost": "lose", "fell": "fall", "rose": "rise", "sent": "send",
	"spoke": "speak", "wrote": "write", "got": "get", "found": "find", "brought": "bring", "kept": "keep",
	"led": "lead", "paid": "pay", "ran": "run", "stood": "stand", "struck": "strike", "thought": "think",
	"sold": "sell", "bought": "buy", "became": "become", "grew": "grow", "knew": "know", "shot": "shoot",
	"fled": "flee", "sought": "seek", "threw": "throw", "broke": "break", "chose": "choose", "drove": "drive",
	"fought": "fight", "withdrew": "withdraw", "spent": "spend", "built": "build", "meant": "mean",
	"heard": "hear", "felt": "feel", "upheld": "uphold", "withheld": "withhold", "froze": "freeze",
	"sank": "sink", "swore": "swear", "overtook": "overtake", "undertook": "undertake", "forbade": "forbid",
	"hid": "hide", "rode": "ride", "woke": "wake", "wore": "wear", "beat": "beat", "bid": "bid", "read": "read",
	"died": "die", "tied": "tie", "lied": "lie", "vied": "vie",
	"slid": "slide", "fed": "feed", "bled": "bleed", "bred": "breed", "sped": "speed", "caught": "catch", "taught": "teach",
	"stuck": "stick", "dug": "dig", "swung": "swing", "hung": "hang", "rang": "ring", "sang": "sing", "drew": "draw",
	"flew": "fly", "blew": "blow", "stole": "steal", "forgot": "forget", "tore": "tear", "laid": "lay", "slept": "sleep",
	"swept": "sweep", "wept": "weep", "dealt": "deal", "lent": "lend", "sat": "sit", "understood": "understand",
	"overcame": "overcome", "foresaw": "foresee", "oversaw": "oversee", "arose": "arise", "awoke": "awake",
	"shook": "shake", "spun": "spin", "strode": "stride", "strove": "strive", "shone": "shine", "misled": "mislead",
	"overran": "overrun", "overthrew": "overthrow", "did": "do", "undid": "undo", "withstood": "withstand",
	"clung": "cling", "flung": "fling", "stung": "sting", "strung": "string", "sprang": "spring", "swam": "swim",
	"shrank": "shrink", "stank": "stink", "knelt": "kneel", "leapt": "leap", "crept": "creep", "forgave": "forgive",
	"mistook": "mistake", "underwent": "undergo", "befell": "befall", "foretold": "foretell", "outgrew": "outgrow",
	"overheard": "overhear", "retook": "retake", "rebuilt": "rebuild", "rewrote": "rewrite", "slew": "slay",
	"ate": "eat", "drank": "drink", "lit": "light",
	// Verbs whose past is their base.
	"spread": "spread", "shut": "shut", "hit": "hit", "cut": "cut", "hurt": "hurt", "burst": "burst", "quit": "quit",
	"put": "put", "set": "set", "let": "let", "cost": "cost", "cast": "cast", "upset": "upset", "split": "split",
	"broadcast": "broadcast", "forecast": "forecast", "shed": "shed", "thrust": "thrust", "bet": "bet",
}

// baseForms are the bases of the verbs whose past or present the lists
// know, but for those whose past is the base, which are as often nouns
// ("cost", "set").
var baseForms = func() map[string]bool {
	m := map[string]bool{}
	for past, base := range irregularPast {
		m[base] = m[base] || past != base
	}
	for _, base := range presentForms {
		m[base] = true
	}
	return m
}()

// participles are the past participles unlike the past ("has risen", "was
// taken"), with their verbs' bases.
var participles = map[string]string{
	"risen": "rise", "fallen": "fall", "taken": "take", "given": "give", "shown": "show", "grown": "grow",
	"known": "know", "seen": "see", "written": "write", "driven": "drive", "chosen": "choose", "broken": "break",
	"frozen": "freeze", "spoken": "speak", "stolen": "steal", "beaten": "beat", "hidden": "hide", "forgotten": "forget",
	"done": "do", "gone": "go", "flown": "fly", "drawn": "draw", "sworn": "swear", "torn": "tear", "thrown": "throw",
	"blown": "blow", "withdrawn": "withdraw", "undertaken": "undertake", "overtaken": "overtake", "forbidden": "forbid",
	"eaten": "eat", "shaken": "shake", "woken": "wake", "worn": "wear", "ridden": "ride", "sunk": "sink",
	"become": "become", "come": "come", "overcome": "overcome", "run": "run", "begun": "begin",
	"sprung": "spring", "swum": "swim", "shrunk": "shrink", "forgiven": "forgive", "mistaken": "mistake",
	"undergone": "undergo", "arisen": "arise", "bitten": "bite", "slain": "slay", "rewritten": "rewrite", "retaken": "retake",
	"born": "bear",
}

// participleOfPast is the participle of each simple past that differs
// from it: "gave" was "given".
var participleOfPast = func() map[string]string {
	out := map[string]string{}
	for participle, past := range pastOfParticiple {
		out[past] = participle
	}
	return out
}()

// pastOfParticiple is the simple past of each of participles: "had
// fallen" in a headline reads "fell".
var pastOfParticiple = func() map[string]string {
	out := map[string]string{}
	for past, base := range irregularPast {
		for participle, b := range participles {
			if b == base && past != participle {
				out[participle] = past
			}
		}
	}
	out["shown"] = "showed" // the one whose past is regular
	return out
}()

// presentForms are third-person present forms, with their bases, of
// verbs news often tells standing or planned things with and that are
// seldom nouns: "A new ceasefire brokered by the United States comes into
// force", "The recall covers models built between ...".
var presentForms = map[string]string{
	"comes": "come", "goes": "go", "takes": "take", "makes": "make", "becomes": "become", "remains": "remain",
	"includes": "include", "follows": "follow", "begins": "begin", "seeks": "seek", "brings": "bring", "gives": "give",
	"keeps": "keep", "appears": "appear", "requires": "require", "threatens": "threaten", "warns": "warn",
	"expects": "expect", "needs": "need", "continues": "continue", "covers": "cover", "enters": "enter", "arrives": "arrive",
	"joins": "join", "provides": "provide", "allows": "allow", "says": "say", "tells": "tell",
	"resolves": "resolve", "settles": "settle", "involves": "involve", "contains": "contain", "replaces": "replace",
	"ensures": "ensure", "removes": "remove", "restores": "restore", "extends": "extend", "introduces": "introduce",
	"prevents": "prevent", "describes": "describe", "reflects": "reflect", "ends": "end", "announces": "announce",
	"denies": "deny", "admits": "admit", "insists": "insist", "argues": "argue", "maintains": "maintain",
	// The present of what is scheduled ("City plays United on Wednesday
	// and travels to Newcastle on Sunday"), only of verbs whose subject
	// acts, as a pronoun before a verb is taken for the subject before
	// it: "It expires at 3pm" is said of a warning, not of the office
	// that issued it. "the hosts" is as often a noun.
	"meets": "meet", "convenes": "convene", "holds": "hold", "travels": "travel", "departs": "depart",
	"gathers": "gather", "launches": "launch", "retires": "retire", "quits": "quit", "resigns": "resign",
	"plays": "play", "faces": "face", "visits": "visit", "opens": "open", "closes": "close",
}

// auxiliaries carry tense for the verb after them.
var auxiliaries = wordSet(`is are was were has have had will would can could may might must shall should does did do be been being`)

// notVerbs end in -ed or -s but are not verbs.
var notVerbs = wordSet(`need speed seed bed seabed riverbed hotbed flatbed testbed seedbed sickbed deathbed sunbed red hundred indeed feed shed bleed breed deed greed reed sled wed fled's
	hatred sacred kindred naked wicked wretched rugged ragged crooked beloved
	news series species means always perhaps whereas thus less unless across various previous famous serious
	is has was does this its his hers ours yours theirs us gas bus`)

// verbOf reads a word as a finite verb, if it is one we can tell.
// Capitalised words are names, not verbs.
func verbOf(w string) (verb, bool) {
	if r, _ := utf8.DecodeRuneInString(w); !unicode.IsLower(r) {
		return verb{}, false
	}
	if auxiliaries[w] {
		return verb{base: w, form: formAux}, true
	}
	if base, ok := irregularPast[w]; ok {
		return verb{base: base, form: formPast}, true
	}
	if base, ok := participles[w]; ok {
		return verb{base: base, form: formPast}, true
	}
	if base, ok := presentForms[w]; ok {
		return verb{base: base, form: formPresent}, true
	}
	if notVerbs[w] || len(w) < 4 || unAdjective(w) || hyphenedAdjective(w) {
		return verb{}, false
	}
	if strings.HasSuffix(w, "ed") {
		return verb{base: pastBase(w), form: formPast}, true
	}
	return verb{}, false
}

// unAdjective reports whether w is a past form with the prefix "un-",
// which is most often an adjective: "was elected unopposed", "escaped
// unharmed", "an unnamed official". A few such words are verbs.
func unAdjective(w string) bool {
	stem, ok := strings.CutPrefix(w, "un")
	return ok && strings.HasSuffix(w, "ed") && !strings.HasPrefix(stem, "der") && !unVerbs[w]
}

// hyphenedAdjective reports whether w is a past form joined by a hyphen
// to a word that is no verb's prefix, which makes an adjective: "plays
// second-placed United", "the Saudi-led coalition". "re-elected" and
// "co-founded" are verbs.
func hyphenedAdjective(w string) bool {
	i := strings.LastIndexByte(w, '-')
	return i > 0 && strings.HasSuffix(w, "ed") && !hyphenVerbPrefixes[w[:i]]
}

// hyphenVerbPrefixes are what may stand before a hyphen in a verb: "crash-
// landed", "test-fired".
var hyphenVerbPrefixes = wordSet(`re co pre de un mis out over under self crash belly test`)

// unVerbs are the past forms with "un-" that are verbs: "unveiled a plan".
var unVerbs = wordSet(`unveiled unleashed unlocked uncovered unearthed unsealed unfolded united unloaded unpacked unraveled undocked
	unravelled unplugged unblocked unsettled unnerved unmasked unseated unrolled unfurled untied unfrozen`)

// pastBase undoes a regular past: "denied" → "deny", "stopped" → "stop",
// "announced" → "announce", "halted" → "halt", "decided" → "decide".
func pastBase(w string) string {
	switch {
	case len(w) == 4 && strings.HasSuffix(w, "ied"): // died, lied, tied
		return strings.TrimSuffix(w, "d")
	case strings.HasSuffix(w, "ied"):
		return strings.TrimSuffix(w, "ied") + "y"
	case strings.HasSuffix(w, "eed"): // agreed
		return strings.TrimSuffix(w, "d")
	}
	stem := strings.TrimSuffix(w, "ed")
	if stem == "ow" || stem == "aw" { // owed, awed
		return stem + "e"
	}
	if doubledBases[stem] {
		return stem // added, boycotted
	}
	n := len(stem)
	// The doubled letter must be an ASCII one: two equal bytes may end
	// a multi-byte rune.
	if n >= 3 && stem[n-1] == stem[n-2] && stem[n-1] < utf8.RuneSelf && !strings.ContainsRune("lsfz", rune(stem[n-1])) {
		return stem[:n-1] // stopped → stop, committed → commit
	}
	if doubledL(stem) {
		return stem[:n-1] // controlled → control, cancelled → cancel
	}
	if silentE(stem) {
		return stem + "e"
	}
	return stem
}

// doubledL reports whether a past stem doubled the l of a longer verb, as
// "controlled" and British "cancelled" do; one-syllable verbs ("called",
// "rolled") and a few longer ones end in ll of their own.
func doubledL(stem string) bool {
	if strings.HasSuffix(stem, "uell") {
		return true // fuelled, duelled: "ue" is two syllables here
	}
	if !strings.HasSuffix(stem, "ll") || syllables(stem) < 2 {
		return false
	}
	for _, own := range []string{"call", "fall", "stall", "fill", "still", "till", "spell", "enroll"} {
		if strings.HasSuffix(stem, own) {
			return false // recall, install, fulfill, distill, misspell
		}
	}
	return true
}

// doubledBases end in a double consonant of their own.
var doubledBases = wordSet(`add boycott err egg`)

// silentE reports whether a past stem lost a final e: "announc", "stat",
// "decid", "troubl", "chang". It follows English spelling: endings that
// cannot close a word (c, v, u, z, dg, -iate), and a long vowel before a
// single final consonant (vote, decide, declare), which a short vowel
// would have doubled (stop → stopped).
func silentE(stem string) bool {
	n := len(stem)
	if n < 2 {
		return false
	}
	vowel := func(b byte) bool { return strings.IndexByte("aeiouy", b) >= 0 }
	last, prev := stem[n-1], stem[n-2]
	switch {
	case strings.ContainsRune("cvuz", rune(last)):
		return true
	case strings.HasSuffix(stem, "llot"), strings.HasSuffix(stem, "ilot"), strings.HasSuffix(stem, "ivot"): // ballot(ed), pilot(ed), pivot(ed); but promot(e)d
		return false
	case strings.HasSuffix(stem, "dg"), strings.HasSuffix(stem, "rg"), strings.HasSuffix(stem, "ys"),
		strings.HasSuffix(stem, "iat"), strings.HasSuffix(stem, "uat"):
		return true
	case strings.HasSuffix(stem, "ng") && !strings.HasSuffix(stem, "ing"):
		return true
	case last == 'l' && strings.ContainsRune("bptkgdfzc", rune(prev)): // troubl(e)d, settl(e)d, circl(e)d
		return true
	case last == 's' && strings.ContainsRune("rpnl", rune(prev)): // revers(e)d, collaps(e)d, licens(e)d, puls(e)d
		return true
	case strings.HasSuffix(stem, "welcom"), strings.HasSuffix(stem, "postpon"), strings.HasSuffix(stem, "thron"),
		strings.HasSuffix(stem, "condon"), strings.HasSuffix(stem, "aton"): // postpon(e)d, dethron(e)d; but abandoned, pardoned
		return true
	case last == 's' && vowel(prev) && prev != 'e' && prev != 'y': // rais(e)d, clos(e)d, us(e)d, bas(e)d, increas(e)d
		return !strings.HasSuffix(stem, "focus") && !strings.HasSuffix(stem, "bias")
	case strings.HasSuffix(stem, "plet"), strings.HasSuffix(stem, "elet"), strings.HasSuffix(stem, "leg"), strings.HasSuffix(stem, "unit"), strings.HasSuffix(stem, "creat"), strings.HasSuffix(stem, "suad"): // complet(e)d, delet(e)d, alleg(e)d, (re)unit(e)d, creat(e)d, persuad(e)d
		return true
	case strings.HasSuffix(stem, "invit"), strings.HasSuffix(stem, "ignit"), strings.HasSuffix(stem, "xcit"), strings.HasSuffix(stem, "ncit"), strings.HasSuffix(stem, "ecit"), strings.HasSuffix(stem, "xpedit"):
		return true // invit(e)d, ignit(e)d, excit(e)d, incit(e)d, recit(e)d, expedit(e)d; but visited, edited, solicited
	case strings.HasSuffix(stem, "stor"), strings.HasSuffix(stem, "plor"), strings.HasSuffix(stem, "ignor"), strings.HasSuffix(stem, "ador"), strings.HasSuffix(stem, "scor"):
		return true // restor(e)d, explor(e)d, ignor(e)d, underscor(e)d; but honored, monitored
	case strings.HasSuffix(stem, "ced"), strings.HasSuffix(stem, "ven"), strings.HasSuffix(stem, "dher"), strings.HasSuffix(stem, "terfer"), strings.HasSuffix(stem, "compet"),
		strings.HasSuffix(stem, "premier"), strings.HasSuffix(stem, "persever"):
		return true // conced(e)d, conven(e)d, interven(e)d, adher(e)d, interfer(e)d, compet(e)d, premier(e)d, persever(e)d; but opened, offered, severed

	case vowel(last) || !vowel(prev) || prev == 'e' || prev == 'y':
		return false
	}
	// A single vowel before a single consonant: long, so an e follows.
	// One-syllable stems always (vot(e)d, hop(e)d); longer ones for the
	// endings that take it (escalat(e)d, upgrad(e)d, decid(e)d, declin(e)d, declar(e)d,
	// damag(e)d, oblig(e)d, describ(e)d, prob(e)d, invok(e)d, rebuk(e)d,
	// overtak(e)d, inhal(e)d, renam(e)d).
	if n >= 3 && vowel(stem[n-3]) && !(stem[n-3] == 'u' && n >= 4 && stem[n-4] == 'q') {
		return false // two vowels: claim, avoid, explain; but the u of "quot(e)d" is a consonant
	}
	if syllables(stem) == 1 {
		return strings.ContainsRune("tdkpmnrbgl", rune(last))
	}
	for _, e := range []string{"at", "ad", "id", "od", "ud", "ut", "in", "ar", "ap", "um", "im", "ot", "ir", "ur", "ul", "ag", "ig", "ib", "ob", "ok", "uk", "ik", "ak", "am", "hal"} {
		if strings.HasSuffix(stem, e) {
			return true
		}
	}
	return false
}

func syllables(w string) int {
	n, inVowel := 0, false
	for i := 0; i < len(w); i++ {
		v := strings.IndexByte("aeiouy", w[i]) >= 0
		if v && !inVowel {
			n++
		}
		inVowel = v
	}
	return n
}

// sBase undoes a regular present in -s: "reports" → "report", "carries"
// → "carry", "pushes" → "push".
func sBase(w string) string {
	switch {
	case strings.HasSuffix(w, "ies"):
		return strings.TrimSuffix(w, "ies") + "y"
	case strings.HasSuffix(w, "ches") || strings.HasSuffix(w, "shes") || strings.HasSuffix(w, "xes") || strings.HasSuffix(w, "sses"):
		return strings.TrimSuffix(w, "es")
	}
	return strings.TrimSuffix(w, "s")
}

// present puts a base form in the headline present: "deny" → "denies" for a
// singular subject, "deny" for a plural one.
func present(base string, plural bool) string {
	switch base {
	case "be":
		if plural {
			return "are"
		}
		return "is"
	case "have":
		if plural {
			return "have"
		}
		return "has"
	}
	if plural {
		return base
	}
	switch {
	case strings.HasSuffix(base, "y") && len(base) > 2 && !strings.ContainsRune("aeiou", rune(base[len(base)-2])):
		return base[:len(base)-1] + "ies"
	case strings.HasSuffix(base, "s"), strings.HasSuffix(base, "sh"), strings.HasSuffix(base, "ch"),
		strings.HasSuffix(base, "x"), strings.HasSuffix(base, "z"), strings.HasSuffix(base, "o"):
		return base + "es"
	}
	return base + "s"
}

// synonyms folds words that report the same kind of happening onto one
// key, so differently worded reports of one event meet.
var synonyms = func() map[string]string {
	m := map[string]string{}
	group := func(key, words string) {
		for _, w := range strings.Fields(words) {
			m[w] = key
		}
	}
	group("stop", `halt halted halting halts stop stopped stopping stops suspend suspended suspending suspends suspension
		cease ceased ceasing pause paused pausing pauses withhold withholds withheld withholding freeze froze frozen freezing
		end ended ending ends`)
	group("begin", `begin began begun beginning begins start started starting starts launch launched launching launches
		erupt erupted erupts
		commence commenced commencement initiate initiated initiating onset`)
	group("say", `say said says saying tell told telling tells state stated states assert asserted asserts add added
		adds claim claimed claims argue argued argues declare declared declares note noted notes`)
	group("deny", `deny denied denies denying reject rejected rejects dismiss dismissed dismisses refute refuted`)
	group("kill", `kill killed killing kills killings dead death deaths died die dies murder murdered murdering murders`)
	group("convict", `convict convicted convicts convicting conviction convictions guilty`)
	group("try", `try tried tries trying attempt attempted attempting attempts`)
	group("strike", `strike strikes struck striking attack attacks attacked attacking bomb bombed bombing airstrike airstrikes walkout
		hit hits hitting`)
	group("quake", `quake quakes earthquake earthquakes tremor tremors`)
	group("fire", `fire fires blaze blazes flames inferno`)
	group("collapse", `collapse collapsed collapses collapsing burst bursts bursting breach breached breaches failure`)
	group("share", `share shared sharing shares exchange exchanged exchanging`)
	group("order", `order ordered orders ordering direct directed directs instruct instructed instructs`)
	group("arrest", `arrest arrested arrests arresting detain detained detains detaining detention`)
	group("resign", `resign resigned resigns resignation quit quits`)
	group("cancel", `cancel cancelled canceled cancels cancelling canceling cancellation scrap scrapped scraps axed`)
	group("withdraw", `withdraw withdrew withdrawn withdraws withdrawal`)
	group("meet", `meet met meeting meetings meets talks summit`)
	group("slow", `slow slowed slows slowing cool cooled cools cooling ease eased eases easing moderate moderated moderates`)
	group("uk", `uk britain british united-kingdom`)
	group("us", `us america american americans united-states washington`)
	return m
}()

// meaningKey is the form a word takes for comparing reports: synonyms
// folded, inflections stemmed.
func meaningKey(w string) string {
	if k, ok := synonyms[w]; ok {
		return k
	}
	return stem(w)
}
