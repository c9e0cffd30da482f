package web

import (
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
)

// A flood of client addresses does not grow the limiter without bound.
func TestClientLimiterIsBounded(t *testing.T) {
	c := newClientLimiter(RateLimit{PerMinute: 60})
	for i := range 3 * maxClients {
		c.allow(strconv.Itoa(i))
		if len(c.clients) > maxClients {
			t.Fatalf("%d clients remembered after %d", len(c.clients), i+1)
		}
	}
	assert.GreaterOrEqual(t, len(c.clients), maxClients*9/10)
}
