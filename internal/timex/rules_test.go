package timex

import (
	"regexp/syntax"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// Go's regexp runs a pattern with its fast backtracker only while the
// compiled program has at most 500 instructions (maxBacktrackProg in
// regexp/backtrack.go); a longer one runs in the NFA, several times
// slower, and the tagger with it. Timing is for benchmarks; this keeps the
// cause from creeping in.
const maxBacktrackProg = 500

func TestRulesFitTheBacktracker(t *testing.T) {
	for _, r := range rules {
		re, err := syntax.Parse(r.re.String(), syntax.Perl)
		require.NoError(t, err, r.name)
		prog, err := syntax.Compile(re.Simplify())
		require.NoError(t, err, r.name)
		assert.LessOrEqual(t, len(prog.Inst), maxBacktrackProg, "rule %s", r.name)
	}
}
