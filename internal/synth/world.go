// Package synth invents developing stories of any size, for benchmarks:
// outlets, people and places that do not exist, happenings that several
// outlets report over the following days, and articles that tell them in
// ordinary news prose, dating them the ways news text does ("on Tuesday",
// "on March 4", "in early May").
//
// The same seed always gives the same story.
package synth

import (
	"math/rand/v2"
	"strings"
	"time"
)

// happening is one thing that happened on one day.
type happening struct {
	id     int
	day    time.Time
	person int // index into world.people
	verb   verb
	object string
	place  string
}

type verb struct {
	past, perfect string
	statement     bool
}

// world is the story's cast and its happenings, one day after another.
type world struct {
	rng        *rand.Rand
	start      time.Time
	people     []person
	outlets    []string
	places     []string
	happenings [][]happening // by day since start
	perDay     int
}

type person struct{ name, office string }

var (
	firstNames = strings.Fields(`Mara Tomas Ines Kofi Lena Anders Priya Mateo Hana Yusuf Clara Emeka Sofia Ravi
		Greta Diego Amira Jonas Leila Pavel Noor Felix Zara Iker Maeve Olu Ana Viktor Rosa Sami`)
	surnames = strings.Fields(`Lindqvist Adeyemi Varga Okonjo Marsh Castell Brandt Ferreira Haddad Novak Quist
		Moreau Tanaka Oduya Reyes Halvorsen Basri Duarte Kowal Sandoval Achterberg Mbeki Ostrova Pell Ruane`)
	offices = []string{"Transport Minister", "Harbour Commissioner", "Union leader", "Mayor", "Foreign Minister",
		"Port Authority chief", "Finance Minister", "Opposition leader", "Police Chief", "Health Minister", ""}
	placeRoots = strings.Fields(`Kestrel Arlon Vess Morrow Tallis Orin Brackley Senna Holm Calder Dunmore Ivers
		Lantry Pellow Roske Wenham`)
	placeEnds    = []string{" Bay", " Harbour", "", " Point", " City", "ford"}
	outletFirsts = strings.Fields(`Harbour Northgate Coastal Evening Capital Daily Morning Island Channel Metro`)
	outletLasts  = strings.Fields(`Ledger Wire Courier Herald Post Chronicle Times Dispatch Observer Record`)
	verbs        = []verb{
		{"closed", "closed", false}, {"reopened", "reopened", false}, {"suspended", "suspended", false},
		{"approved", "approved", false}, {"rejected", "rejected", false}, {"signed", "signed", false},
		{"ordered an inquiry into", "ordered an inquiry into", false}, {"launched", "launched", false},
		{"cut funding for", "cut funding for", false}, {"blocked", "blocked", false},
		{"announced", "announced", true}, {"denied reports about", "denied reports about", true},
		{"criticised", "criticised", true}, {"defended", "defended", true},
	}
	objectHeads = []string{"ferry route", "fuel subsidy", "container terminal", "pay agreement", "fishing quota",
		"rail link", "port expansion", "curfew", "water contract", "emergency budget", "inspection regime", "strike fund"}
	objectQualifiers = []string{"northern", "disputed", "new", "eastern", "temporary", "regional", "long-delayed", "second"}
)

func newWorld(seed uint64, perDay int) *world {
	w := &world{
		rng:    rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15)),
		start:  time.Date(2021, 3, 1, 0, 0, 0, 0, time.UTC),
		perDay: perDay,
	}
	for i := range 60 {
		w.people = append(w.people, person{
			name:   firstNames[i%len(firstNames)] + " " + surnames[(i*7)%len(surnames)],
			office: offices[i%len(offices)],
		})
	}
	for _, f := range outletFirsts {
		for _, l := range outletLasts {
			w.outlets = append(w.outlets, "The "+f+" "+l)
		}
	}
	for i, r := range placeRoots {
		w.places = append(w.places, r+placeEnds[i%len(placeEnds)])
	}
	return w
}

// through makes the happenings of every day up to day d.
func (w *world) through(d int) {
	for len(w.happenings) <= d {
		day := w.start.AddDate(0, 0, len(w.happenings))
		today := make([]happening, w.perDay)
		for i := range today {
			today[i] = happening{
				id:     len(w.happenings)*w.perDay + i,
				day:    day,
				person: w.rng.IntN(len(w.people)),
				verb:   verbs[w.rng.IntN(len(verbs))],
				object: "the " + objectQualifiers[w.rng.IntN(len(objectQualifiers))] + " " + objectHeads[w.rng.IntN(len(objectHeads))],
				place:  w.places[w.rng.IntN(len(w.places))],
			}
		}
		w.happenings = append(w.happenings, today)
	}
}

// recent picks a happening from the days before day d, most often from
// the last week, sometimes from months back.
func (w *world) recent(d int) happening {
	day := d - int(w.rng.ExpFloat64()*12)
	if day < 0 { // early in the story, any day so far
		day = w.rng.IntN(d + 1)
	}
	today := w.happenings[day]
	return today[w.rng.IntN(len(today))]
}

// when writes the date of day as an article published on published would:
// a weekday within the week, a month and day within the year, a month
// (sometimes early, mid or late) or a full date further back.
func (w *world) when(day, published time.Time) string {
	ago := int(published.Sub(day).Hours() / 24)
	switch {
	case ago == 0:
		return pick(w.rng, "on "+day.Weekday().String(), "today", "earlier on "+day.Weekday().String())
	case ago < 7:
		return pick(w.rng, "on "+day.Weekday().String(), day.Weekday().String())
	case ago < 60 && day.Year() == published.Year():
		return pick(w.rng, "on "+day.Format("January 2"), "on "+day.Format("2 January"), "on "+day.Format("Jan. 2"))
	case day.Year() == published.Year():
		return pick(w.rng, "in "+day.Format("January"), "in "+part(day)+" "+day.Format("January"), "on "+day.Format("January 2"))
	default:
		return pick(w.rng, "on "+day.Format("January 2, 2006"), "in "+day.Format("January 2006"))
	}
}

// part is the third of the month the day falls in, as news text says it.
func part(day time.Time) string {
	switch {
	case day.Day() <= 10:
		return "early"
	case day.Day() <= 20:
		return "mid-"
	default:
		return "late"
	}
}

func pick(rng *rand.Rand, options ...string) string { return options[rng.IntN(len(options))] }

// who names a person in full, with their office when they have one.
func (w *world) who(p int) string {
	if o := w.people[p].office; o != "" {
		return o + " " + w.people[p].name
	}
	return w.people[p].name
}

// surname is how an article names a person the second time.
func (w *world) surname(p int) string {
	name := w.people[p].name
	return name[strings.LastIndexByte(name, ' ')+1:]
}

func upperFirst(s string) string {
	if s == "" {
		return s
	}
	if strings.HasPrefix(s, "mid-") {
		return "Mid-" + s[4:]
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func slugOf(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
			b.WriteRune(r)
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}
