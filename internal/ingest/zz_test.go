package ingest

import (
	"fmt"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/throughline-news/throughline/internal/timeline"
	"github.com/throughline-news/throughline/internal/timex"
)

func TestZF(t *testing.T) {
	s := os.Getenv("ZF")
	if s == "" {
		t.Skip()
	}
	dct := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	if d := os.Getenv("ZA"); d != "" {
		dct, _ = time.Parse("2006-01-02", d)
	}
	es := timex.Tag(s, dct)
	for _, e := range es {
		fmt.Println("ALL", e.Text)
	}
	for _, e := range pointsInTime(s, es, dct) {
		fmt.Println("KEPT", e.Text)
	}
	for _, e := range contentDates(s, pointsInTime(s, es, dct)) {
		fmt.Println("CONTENT", e.Text)
	}
}

func TestZK(t *testing.T) {
	s := os.Getenv("ZK")
	if s == "" {
		t.Skip()
	}
	dct := time.Date(2025, 11, 20, 0, 0, 0, 0, time.UTC)
	if d := os.Getenv("ZA"); d != "" {
		dct, _ = time.Parse("2006-01-02", d)
	}
	keys := map[string]int{}
	src := buildSource(Article{FileName: "a.txt", Published: dct, Text: s}, keys)
	for _, m := range findMentions(src, tagParagraphs(src)) {
		text := m.text()
		fmt.Printf("MENTION clause=%q anchor=%q subject=%q\n  titleClause=%q\n  undated=%q\n  title=%q\n", text[m.clause.Start:m.clause.End], m.anchor.Text, m.subject, m.titleClause(), m.undatedClause(), titleOf(m, indexNames([]timeline.Source{src})).title)
	}
}

func TestZH(t *testing.T) {
	s := os.Getenv("ZH")
	if s == "" {
		t.Skip()
	}
	h, ok := parseHeadline(s)
	fmt.Printf("OK=%v %+v\n", ok, h)
}

func TestZNS(t *testing.T) {
	s := os.Getenv("ZNS")
	if s == "" {
		t.Skip()
	}
	sub := nearestSubject(strings.Fields(s))
	fmt.Printf("NS=%q agrees=%v\n", sub, len(sub) > 0 && agrees("it", sub))
}

func TestZW(t *testing.T) {
	s := os.Getenv("ZW")
	if s == "" {
		t.Skip()
	}
	dct, _ := time.Parse("2006-01-02", os.Getenv("ZA"))
	keys := map[string]int{}
	src := buildSource(Article{FileName: "a.txt", Published: dct, Text: s}, keys)
	ms := findMentions(src, tagParagraphs(src))
	for _, m := range ms {
		fmt.Printf("WORDS %q %v %s\n", m.date.Label(), m.contentWords(), m.date.Basis.Rule)
	}
	if len(ms) > 1 {
		fmt.Println("OVERLAP", overlap(ms[0].contentWords(), ms[1].contentWords()))
	}
}

func TestZAnt(t *testing.T) {
	s := os.Getenv("ZANT")
	if s == "" {
		t.Skip()
	}
	h, _ := parseHeadline(os.Getenv("ZCL"))
	toks := strings.Fields(s)
	sub := nearestSubject(toks)
	fmt.Printf("NS=%q OBJ=%q\n", sub, openingObject(toks, sub))
	r := withAntecedent(h, s, func() []string { return nil }, names{})
	fmt.Printf("ANT=%q\n", r.title)
}

func TestZSame(t *testing.T) {
	s := os.Getenv("ZSAME")
	if s == "" {
		t.Skip()
	}
	dct, _ := time.Parse("2006-01-02", os.Getenv("ZA"))
	keys := map[string]int{}
	src := buildSource(Article{FileName: "a.txt", Published: dct, Text: s}, keys)
	ms := findMentions(src, tagParagraphs(src))
	ix := indexNames([]timeline.Source{src})
	for i := range ms {
		for j := i + 1; j < len(ms); j++ {
			a, b := titleOf(ms[i], ix), titleOf(ms[j], ix)
			fmt.Printf("PAIR %q %q subj %q %q within=%v same=%v\n", a.title, b.title, a.subject, b.subject, detailsLead(ms[i], ms[j], titleMemo{ix: ix, made: map[mentionKey]title{}}), sameAct(ms[i], ms[j], titleMemo{ix: ix, made: map[mentionKey]title{}}))
		}
	}
}

func TestZC(t *testing.T) {
	s := os.Getenv("ZC")
	if s == "" {
		t.Skip()
	}
	cuts := clauseCuts(s)
	for k := 0; k+1 < len(cuts); k++ {
		fmt.Printf("SEG %q\n", s[cuts[k]:cuts[k+1]])
	}
}

func TestZOA(t *testing.T) {
	if os.Getenv("ZOA") == "" {
		t.Skip()
	}
	prev := strings.Fields("The council approved the plan on Tuesday.")
	thing := openingSubject(prev)
	h, _ := parseHeadline("Residents criticised it")
	fmt.Printf("THING %q agrees=%v obj=%q hobj=%q plural=%v\n", thing, agrees("it", thing), openingObject(prev, thing), h.object, isPlural(h.subject))
}

func TestZV(t *testing.T) {
	w := os.Getenv("ZV")
	if w == "" {
		t.Skip()
	}
	v, ok := verbOf(bare(w))
	fmt.Printf("VERB %q %+v %v hasVerb=%v\n", bare(w), v, ok, hasVerb(w))
}

func TestZOS(t *testing.T) {
	s := os.Getenv("ZOS")
	if s == "" {
		t.Skip()
	}
	o := openingSubject(strings.Fields(s))
	fmt.Printf("OS %q agrees-she=%v\n", o, len(o) > 0 && agrees("she", o))
}

func TestZCO(t *testing.T) {
	s := os.Getenv("ZCO")
	if s == "" {
		t.Skip()
	}
	k := strings.Index(s, os.Getenv("ZCOD"))
	sp := clauseOf(s, k, k+len(os.Getenv("ZCOD")))
	fmt.Printf("CLAUSE %q\n", s[sp.Start:sp.End])
}

func TestZTC(t *testing.T) {
	lead, after := os.Getenv("ZTCL"), os.Getenv("ZTCA")
	if lead == "" {
		t.Skip()
	}
	a, ok := objectParticiple(lead, after)
	fmt.Println("objectParticiple", a, ok)
	a, ok = datedRelative(lead, after)
	fmt.Println("datedRelative", a, ok)
	a, ok = objectAside(lead, after)
	fmt.Println("objectAside", a, ok)
	a, ok = nominalAct(lead)
	fmt.Println("nominalAct", a, ok)
	a, ok = contactRelative(lead, after)
	fmt.Println("contactRelative", a, ok)
}

func TestZPS(t *testing.T) {
	s := os.Getenv("ZPS")
	if s == "" {
		t.Skip()
	}
	fmt.Println("PS", presentSecondPredicate(strings.Fields(s), false, false, false))
}

func TestZTR(t *testing.T) {
	if os.Getenv("ZTR") == "" {
		t.Skip()
	}
	a, ok := thatRelative(os.Getenv("ZTR"), os.Getenv("ZTRA"))
	fmt.Println("TR", a, ok)
}

func TestZOff(t *testing.T) {
	s := os.Getenv("ZOFF")
	if s == "" {
		t.Skip()
	}
	dct, _ := time.Parse("2006-01-02", os.Getenv("ZA"))
	es := timex.Tag(s, dct)
	for _, e := range es {
		fmt.Println("E", e.Text, e.Type, e.Granularity, e.Anchored())
	}
	for _, o := range offsetEvents(s, es, es[0], dct) {
		fmt.Printf("OFF %q %v %+v\n", s[o.clause.Start:o.clause.End], o.gerund, o.date.Text)
	}
}

func TestZOS2(t *testing.T) {
	s := os.Getenv("ZOS2")
	if s == "" {
		t.Skip()
	}
	o := openingSubject(strings.Fields(s))
	fmt.Printf("OS %q np=%v\n", o, nounPhrase(o))
}

func TestZPB(t *testing.T) {
	s := os.Getenv("ZPB")
	if s == "" {
		t.Skip()
	}
	dct, _ := time.Parse("2006-01-02", os.Getenv("ZA"))
	es := timex.Tag(s, dct)
	for _, e := range es {
		fmt.Println("PB", e.Text, e.Granularity, e.Anchored(), plannedBeside(s, es, e))
	}
}

func TestZNP(t *testing.T) {
	s := os.Getenv("ZNP")
	if s == "" {
		t.Skip()
	}
	fmt.Printf("NP %v\n", nounPhrase(strings.Fields(s)))
}

func TestZSP(t *testing.T) {
	s := os.Getenv("ZSP")
	if s == "" {
		t.Skip()
	}
	dct, _ := time.Parse("2006-01-02", os.Getenv("ZA"))
	es := timex.Tag(s, dct)
	sp, j, subj, ok := secondPredicate(s, span{0, len(s)}, es[0], es[len(es)-1])
	fmt.Printf("SP %q %d %q %v wca=%q\n", s[sp.Start:sp.End], j, subj, ok, withoutClosingAppositive(s[es[0].End:es[len(es)-1].Start]))
}

func TestZDP(t *testing.T) {
	s := os.Getenv("ZDP")
	if s == "" {
		t.Skip()
	}
	dct, _ := time.Parse("2006-01-02", os.Getenv("ZA"))
	es := timex.Tag(s, dct)
	sp, subj, first, ok := datedPredicate(s, span{0, len(s)}, es[len(es)-1], es)
	fmt.Printf("DP %q %q %v %v\n", s[sp.Start:sp.End], subj, first, ok)
}

func TestZDB(t *testing.T) {
	s := os.Getenv("ZDB")
	if s == "" {
		t.Skip()
	}
	f := strings.Fields(strings.ToLower(s))
	fmt.Println("DB", doneBy(f), lastVerb(f[:len(f)-1]))
}
