package ingest

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/throughline-news/throughline/internal/timeline"
)

func TestClassify(t *testing.T) {
	paragraphs := []string{
		"Harbour Fire Closes Port",                                        // headline
		"Share this @example.com",                                         // furniture
		"A fire broke out at the port on Monday, officials said.",         // body
		"FILE - The port at dawn, March 3, 2021. (AP Photo/J. Doe, File)", // caption
		"This screengrab from a video shows the blaze.",                   // caption
		"How the Fire Spread",                                             // subheading
		"Firefighters worked through the night.",                          // body
		"The harbour master at the scene. (Reuters)",                      // caption
		"Leave a Comment",                                                 // furniture
		"Related: Council approves stadium",                               // furniture: a link to another story
		"Copyright 2025 The Wire. All rights reserved. This material may not be published or redistributed.", // furniture
		"You May Also Like",                        // furniture, opens related block
		"Council approves new stadium on Tuesday.", // furniture: unrelated story
	}
	want := []timeline.Role{
		timeline.RoleHeadline, timeline.RoleFurniture, timeline.RoleBody, timeline.RoleCaption,
		timeline.RoleCaption, timeline.RoleSubheading, timeline.RoleBody, timeline.RoleCaption,
		timeline.RoleFurniture, timeline.RoleFurniture, timeline.RoleFurniture, timeline.RoleFurniture, timeline.RoleFurniture,
	}
	assert.Equal(t, want, classify(paragraphs, "Harbour fire closes port"))
}

func TestClassifyStandfirst(t *testing.T) {
	roles := classify([]string{
		"Harbour fire closes port",
		"Traders fear for the season, one official says.",
		"The harbour authority closed the port on Monday after a fire destroyed a grain warehouse on the east quay, officials said.",
		"It reopens next week.",
	}, "Harbour fire closes port")
	assert.Equal(t, []timeline.Role{timeline.RoleHeadline, timeline.RoleSubheading, timeline.RoleBody, timeline.RoleBody}, roles)

	// Each lead under its headline is body, however short beside what
	// follows it.
	tests := []struct {
		name                 string
		headline, lead, next string
	}{
		{"a lead as long as what follows is no standfirst", "Port shut",
			"The harbour authority has closed the port after a fire destroyed a warehouse, officials said on Monday.", "It reopens next week."},
		{"a paragraph that opens with a dateline is the lead", "Quake shakes Norland",
			"KESSLING (Wire) - A strong earthquake struck Norland, killing at least nine people, officials said.",
			"The quake hit at 3:17 a.m. local time at a depth of 40 km, about 60 km southwest of the town of Arlen, the geological survey said, and was followed by at least a dozen aftershocks."},
		{"a short paragraph that names the day of what it tells is the lead", "Ferry operator fined over crash",
			"A ferry operator was fined $2.1 million on Thursday over a crash in which a vessel struck a pier, injuring 31 passengers.",
			"The crash happened on the morning of May 8, 2023, when the captain, who had worked for 19 hours without a break, fell asleep at the controls, investigators found. The company pleaded guilty in August."},
		{"a live report's first entry is no standfirst", "Live: Storm floods coast",
			"08:05 Good morning. The storm has brought heavy rain to the coast, and 300 homes have been evacuated.",
			"08:20 The Environment Agency says 42 flood warnings are in place, including two severe warnings for the harbour towns, and more rain is due in the afternoon."},
		{"a short paragraph that tells of the night before is the lead", "Floods hit north",
			"Heavy rain fell overnight across the north, flooding more than 300 homes, officials said.",
			"The Environment Agency says 42 flood warnings are in place, including two severe warnings for the harbour towns, and more rain is due in the afternoon."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, timeline.RoleBody, classify([]string{tt.headline, tt.lead, tt.next}, tt.headline)[1])
		})
	}
}

func TestClassifyWithoutKnownHeadline(t *testing.T) {
	roles := classify([]string{"A fire broke out on Monday.", "It spread.", "Copyright lawyers met on Monday."}, "")
	assert.Equal(t, []timeline.Role{timeline.RoleBody, timeline.RoleBody, timeline.RoleBody}, roles, "a sentence about copyright is no notice")
}

func TestClassifyPageNotes(t *testing.T) {
	tests := []struct {
		line string
		want timeline.Role
	}{
		{"Read more: Rail fares to rise by 4.6% in March", timeline.RoleFurniture},
		{"See also: Council approves stadium after a two-year fight over its cost", timeline.RoleFurniture},
		{"UPDATED 14:05 GMT", timeline.RoleFurniture},
		{"Published: 26 November 2025, 09:12", timeline.RoleFurniture},
		{"Last updated on Nov. 26, 2025 at 2:05 p.m. ET", timeline.RoleFurniture},
		{"Published 3 hours ago", timeline.RoleFurniture},
		{"Correction: An earlier version of this story misstated the date of the vote. It was held on Monday, not Sunday.", timeline.RoleFurniture},
		{"Editor's note: This story has been updated to include a statement from the council issued on Tuesday.", timeline.RoleFurniture},
		{"Updated figures released on Tuesday showed 12 people had died.", timeline.RoleBody},
		{"Published reports on Monday said the minister would resign.", timeline.RoleBody},
		{"Correctional officers walked out on Monday over pay.", timeline.RoleBody},
		{"Read the full report, published on Monday, on the council's website.", timeline.RoleBody},
	}
	for _, tt := range tests {
		t.Run(tt.line, func(t *testing.T) {
			roles := classify([]string{"A fire broke out at the port on Monday, officials said.", tt.line, "Firefighters worked through the night."}, "")
			assert.Equal(t, tt.want, roles[1])
		})
	}
}
