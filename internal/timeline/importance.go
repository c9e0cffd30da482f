package timeline

import (
	"math"
	"sort"
)

// keyEventShare is the share of a story's events, the most important,
// that make its key events (at least keyEventsMin of them).
const (
	keyEventShare = 0.3
	keyEventsMin  = 5
)

// KeyEvents returns the most important of a story's events, in the order
// given: the top 30%, at least five, ties broken by order.
func KeyEvents(events []Event) []Event {
	n := len(events)
	k := min(n, max(int(math.Ceil(float64(n)*keyEventShare)), keyEventsMin))
	idx := make([]int, n)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return events[idx[a]].Importance > events[idx[b]].Importance })
	keep := idx[:k]
	sort.Ints(keep)
	out := make([]Event, 0, k)
	for _, i := range keep {
		out = append(out, events[i])
	}
	return out
}
