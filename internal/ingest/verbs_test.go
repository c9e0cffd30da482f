package ingest

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestPastBaseAndPresent(t *testing.T) {
	tests := map[string]string{
		"denied": "denies", "renamed": "renames", "defamed": "defames", "ransomed": "ransoms", "overtaked": "overtakes", "inhaled": "inhales", "circled": "circles", "signaled": "signals", "revealed": "reveals", "stopped": "stops", "announced": "announces", "halted": "halts",
		"decided": "decides", "persuaded": "persuades", "dissuaded": "dissuades", "treated": "treats", "added": "adds", "initiated": "initiates", "bred": "breeds",
		"voted": "votes", "hoped": "hopes", "developed": "develops", "visited": "visits",
		"claimed": "claims", "avoided": "avoids", "explained": "explains", "declined": "declines",
		"declared": "declares", "damaged": "damages", "managed": "manages", "obliged": "obliges", "flagged": "flags", "raised": "raises", "closed": "closes", "used": "uses",
		"troubled": "troubles", "changed": "changes", "judged": "judges", "killed": "kills",
		"dismissed": "dismisses", "committed": "commits", "agreed": "agrees", "ordered": "orders",
		"deployed": "deploys", "suspended": "suspends", "expressed": "expresses", "continued": "continues",
		"launched": "launches", "ceased": "ceases", "based": "bases", "escalated": "escalates",
		"opened": "opens", "happened": "happens", "targeted": "targets", "offered": "offers",
		"asserted": "asserts", "reported": "reports", "moved": "moves", "resigned": "resigns",
		"quoted": "quotes", "completed": "completes", "deleted": "deletes", "created": "creates", "defeated": "defeats", "alleged": "alleges",
		"scheduled": "schedules", "ruled": "rules", "filed": "files", "required": "requires",
		"acquired": "acquires", "secured": "secures", "captured": "captures", "injured": "injures",
		"interpreted": "interprets", "budgeted": "budgets", "equipped": "equips", "pulled": "pulls",
		"fueled": "fuels", "canceled": "cancels", "occurred": "occurs", "controlled": "controls",
		"cancelled": "cancels", "expelled": "expels", "patrolled": "patrols", "signalled": "signals",
		"called": "calls", "rolled": "rolls", "installed": "installs", "recalled": "recalls", "fulfilled": "fulfills",
		"restored": "restores", "ignored": "ignores", "explored": "explores", "underscored": "underscores",
		"monitored": "monitors", "honored": "honors", "sponsored": "sponsors", "fuelled": "fuels",
		"died": "dies", "tied": "ties", "conceded": "concedes", "convened": "convenes", "intervened": "intervenes",
		"interfered": "interferes", "competed": "competes", "adhered": "adheres", "premiered": "premieres", "persevered": "perseveres", "severed": "severs", "suffered": "suffers",
		"reversed": "reverses", "collapsed": "collapses", "licensed": "licenses", "pulsed": "pulses", "welcomed": "welcomes", "postponed": "postpones", "dethroned": "dethrones", "abandoned": "abandons", "pardoned": "pardons",
		"endorsed": "endorses", "nursed": "nurses", "dispersed": "disperses",
		"described": "describes", "prescribed": "prescribes", "probed": "probes", "invoked": "invokes",
		"revoked": "revokes", "rebuked": "rebukes", "spiked": "spikes", "booked": "books", "blocked": "blocks",
		"attacked": "attacks", "picked": "picks", "upgraded": "upgrades", "downgraded": "downgrades", "invaded": "invades",
		"loaded": "loads", "headed": "heads", "padded": "pads",
		"owed": "owes", "bowed": "bows", "invited": "invites", "ignited": "ignites", "excited": "excites", "incited": "incites", "recited": "recites",
		"edited": "edits", "solicited": "solicits", "exhibited": "exhibits", "credited": "credits",
		"balloted": "ballots", "piloted": "pilots", "pivoted": "pivots", "promoted": "promotes", "devoted": "devotes",
		"unveiled": "unveils", "united": "unites", "understood": "understands", "undermined": "undermines",
		"a\U000669a6ed": "a\U000669a6s", // two equal bytes ending a rune are no doubled letter
	}
	plural := map[string]string{"praised": "praise", "increased": "increase", "caused": "cause", "released": "release",
		"focused": "focus", "biased": "bias", "used": "use"}
	for past, want := range plural {
		v, ok := verbOf(past)
		if assert.True(t, ok, past) {
			assert.Equal(t, want, present(v.base, true), past)
		}
	}
	for past, want := range tests {
		v, ok := verbOf(past)
		if assert.True(t, ok, past) {
			assert.Equal(t, want, present(v.base, false), past)
		}
	}
	assert.Equal(t, "begin", present(irregularPast["began"], true))
	_, ok := verbOf("Needed")
	assert.False(t, ok, "capitalised words are names")
	for _, w := range []string{"unopposed", "unharmed", "unnamed", "unprecedented"} {
		_, ok := verbOf(w)
		assert.False(t, ok, "%s is an adjective", w)
	}
}

func TestSBase(t *testing.T) {
	tests := map[string]string{
		"reports": "report", "holds": "hold", "carries": "carry", "pushes": "push",
		"watches": "watch", "fixes": "fix", "passes": "pass", "takes": "take",
	}
	for present, want := range tests {
		assert.Equal(t, want, sBase(present), present)
	}
}

func TestRelativePresent(t *testing.T) {
	tests := []struct {
		clause string
		want   bool
	}{
		{"The company, which reports results", true},
		{"The duties, which take effect", true},
		{"The bill, which lawmakers passed", false},
		{"The rule, which officials say", false},
		{"The plan, which he backs", false},
		{"The council, which usually meets", false},
		{"The report, which the council published", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, relativePresent(strings.Fields(tt.clause), 3), tt.clause)
	}
}
