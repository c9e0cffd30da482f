package timex

import (
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// tue11Nov2025 is a Tuesday.
var tue11Nov2025 = time.Date(2025, 11, 11, 0, 0, 0, 0, time.UTC)

func TestTagResolves(t *testing.T) {
	tests := []struct {
		name, text, want, value, mod, first, last string
		typ                                       Type
	}{
		{"full date", "It happened on Nov. 11, 2025, at sea.", "Nov. 11, 2025", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"day month year", "Signed 11 November 2025 in Paris.", "11 November 2025", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"ordinal", "On November 11th, 2025 it rained.", "November 11th, 2025", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"iso", "Filed 2025-11-11.", "2025-11-11", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"iso timestamp", "Updated 2025-11-11T10:05:00Z by staff.", "2025-11-11T10:05:00Z", "2025-11-11T10:05", "", "2025-11-11", "2025-11-11", TypeTime},
		{"possessive year", "Voters shaped 2024's election.", "2024", "2024", "", "2024-01-01", "2024-12-31", TypeDate},
		{"half code", "Profit rose in H1 2025.", "H1 2025", "2025-H1", "", "2025-01-01", "2025-06-30", TypeDate},
		{"hours later from a date", "On Nov. 3 the navy struck. Hours later, the port closed.", "Hours later", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"two hours later from a date", "On Nov. 3 the navy struck. Two hours later, the port closed.", "Two hours later", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"hours later across midnight from a clock", "The order came at 11 p.m. on Nov. 3. Two hours later, the wall fell.", "Two hours later", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"hours earlier across midnight from a clock", "The blast came at 1 a.m. on Nov. 3. Three hours earlier, police closed the road.", "Three hours earlier", "2025-11-02", "", "2025-11-02", "2025-11-02", TypeDate},
		{"hours later within the day from a clock", "The order came at 9 p.m. on Nov. 3. Two hours later, the wall fell.", "Two hours later", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"a clock dated by the sentence before is what the story goes on from", "A volcano erupted on Monday evening, for the first time since December 2023. The eruption began at 9 p.m. The town had been evacuated earlier in the day.", "earlier in the day", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"a year after a season is that season a year on", "The rule came in in the summer of 2019 and was scrapped a year later.", "a year later", "2020-SU", "", "2020-06-01", "2020-08-31", TypeDate},
		{"years before a half of a year is that half", "The plan was drawn up in the second half of 2021. A first plan had been shelved two years earlier.", "two years earlier", "2019-H2", "", "2019-07-01", "2019-12-31", TypeDate},
		{"a month of that year", "She was arrested in July 2021 and charged in November of that year.", "November of that year", "2021-11", "", "2021-11-01", "2021-11-30", TypeDate},
		{"late in a month of the same year", "The plant shut in May 2008. It reopened in late November the same year.", "late November the same year", "2008-11", "END", "2008-11-21", "2008-11-30", TypeDate},
		{"a season of the following year", "The dam was finished in 1936; the lake had filled by the summer of the following year.", "the summer of the following year", "1937-SU", "", "1937-06-01", "1937-08-31", TypeDate},
		{"a month of that year with no year before it", "She was charged in November of that year.", "November of that year", "XXXX-11", "", "", "", TypeDate},
		{"a month joined to a dated predicate takes its year", "She was arrested in July 2021 and charged in November.", "November", "2021-11", "", "2021-11-01", "2021-11-30", TypeDate},
		{"a day after the comma that closes a year takes it", "He was arrested on Jan. 5, 2022, and charged on Jan. 9.", "Jan. 9", "2022-01-09", "", "2022-01-09", "2022-01-09", TypeDate},
		{"a month before the first date's keeps the DCT's reading", "He joined the firm in September 2010 and became chief executive in March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"a predicate that looks ahead keeps the DCT's reading", "The plant opened in March 2024 and will close in December.", "December", "2025-12", "", "2025-12-01", "2025-12-31", TypeDate},
		{"a new clause after a comma keeps the DCT's reading", "The firm was founded in March 1998, and reported a loss in October.", "October", "2025-10", "", "2025-10-01", "2025-10-31", TypeDate},
		{"a past span of days that would end after the DCT began a week back", "The festival ran from Tuesday to Friday.", "Tuesday", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"so does one between two days", "The festival was held between Tuesday and Sunday.", "Tuesday", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"days listed with 'and' are no span", "Statements were made Tuesday and Friday.", "Tuesday", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"a day named with 'on' before where a thing was moved opens no span", "The hearing was postponed on Monday to Friday.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"a count with its thousands grouped", "The fighting has lasted more than 1,000 days.", "more than 1,000 days", "P1000D", "MORE_THAN", "", "", TypeDuration},
		{"a past verb with its object before the date's preposition", "He crossed the road on Dec. 14.", "Dec. 14", "2024-12-14", "", "2024-12-14", "2024-12-14", TypeDate},
		{"a past verb with a name as its object", "She visited Paris in December.", "December", "2024-12", "", "2024-12-01", "2024-12-31", TypeDate},
		{"a past verb with a pronoun as its object", "He shot him on Dec. 14.", "Dec. 14", "2024-12-14", "", "2024-12-14", "2024-12-14", TypeDate},
		{"a part of the day leads to the date as its preposition does", "He died on the night of Dec. 14.", "Dec. 14", "2024-12-14", "", "2024-12-14", "2024-12-14", TypeDate},
		{"a past verb past its object and a phrase of place", "He mounted the pavement on a busy street on the afternoon of 14 December.", "14 December", "2024-12-14", "", "2024-12-14", "2024-12-14", TypeDate},
		{"a verb that sets up its object's event leaves the nearest", "The union called a strike on Dec. 14.", "Dec. 14", "2025-12-14", "", "2025-12-14", "2025-12-14", TypeDate},
		{"a weekday of every month recurs", "They meet on the second Tuesday of each month.", "the second Tuesday of each month", "P1M", "", "", "", TypeSet},
		{"a past that looks like its present", "The chief executive quit in March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"the week a day begins", "The bill will be debated in the week beginning 8 December.", "the week beginning 8 December", "2025-W50", "", "2025-12-08", "2025-12-14", TypeDate},
		{"the week a month's day begins", "Talks are set for the week starting Dec. 8.", "the week starting Dec. 8", "2025-W50", "", "2025-12-08", "2025-12-14", TypeDate},
		{"a weekday of a month in capitals", "Polls open on The First Monday of March.", "The First Monday of March", "2026-03-02", "", "2026-03-02", "2026-03-02", TypeDate},
		{"the long s is no s", "They met on the ſecond Monday of March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"that day in a month named before", "He was killed last October. His name was crossed out that same day.", "that same day", "2025-10-XX", "", "2025-10-01", "2025-10-31", TypeDate},
		{"that day in a year named before", "He was killed in 2023. His name was crossed out that day.", "that day", "2023-XX-XX", "", "2023-01-01", "2023-12-31", TypeDate},
		{"the next fortnight is a span", "The decision is expected within the next fortnight.", "the next fortnight", "P2W", "", "", "", TypeDuration},
		{"the coming hour is a span", "Rescuers said the coming hour would be critical.", "the coming hour", "PT1H", "", "", "", TypeDuration},
		{"a past verb's amount of something is its object", "The government gave £25 million of support in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a past verb's noun with no determiner is its object", "The government offered support in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a participle after a modal's verb is no past verb of a noun", "The bank will sell preferred shares in January.", "January", "2026-01", "", "2026-01-01", "2026-01-31", TypeDate},
		{"a clock in the small hours after an evening is the next day's", "The agency issued warnings on Monday evening. Water levels peaked shortly before 4am.", "4am", "2025-11-11T04:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"a clock in the afternoon after a morning is the same day's", "The agency issued warnings at 9am on Monday. Water levels peaked at 4pm.", "4pm", "2025-11-10T16:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"a past act a time later than a date it would put after the DCT counts from an earlier one", "Reid was stabbed on 3 March 2024. A judge ruled on Monday. Reid died two days later.", "two days later", "2024-03-05", "", "2024-03-05", "2024-03-05", TypeDate},
		{"with no earlier one it is a duration", "The storm hit on Monday. Two days later, the river burst its banks.", "Two days later", "P2D", "", "", "", TypeDuration},
		{"a count of a past verb's object opens it", "Heavy snow closed hundreds of schools in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"what a past act followed is past", "His predecessor resigned following a profit warning in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a past verb's phrase of place or amount leads to it", "Temperatures fell to -18.9C at Altnaharra on 9 January.", "9 January", "2025-01-09", "", "2025-01-09", "2025-01-09", TypeDate},
		{"that month is of the year the text is about", "A new mayor took office in January 2023 and ordered an audit, which was completed that September.", "that September", "2023-09", "", "2023-09-01", "2023-09-30", TypeDate},
		{"that month with nothing before it is the month's", "We met that March in Paris.", "that March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"that opening a clause after a verb of saying is no determiner", "He said that September was the wettest on record.", "September", "2025-09", "", "2025-09-01", "2025-09-30", TypeDate},
		{"a day over a month past after will is next year's", "Berg will make his debut against Sevilla on Sept. 25.", "Sept. 25", "2026-09-25", "", "2026-09-25", "2026-09-25", TypeDate},
		{"a day in the month before the DCT after will stays the nearest", "Berg will make his debut against Sevilla on Oct. 20.", "Oct. 20", "2025-10-20", "", "2025-10-20", "2025-10-20", TypeDate},
		{"a past verb's phrase after during leads to it", "A trial vaccine was used during an outbreak in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"what could be is ahead", "An early election could be held in the spring, analysts said.", "the spring", "2026-SP", "", "2026-03-01", "2026-05-31", TypeDate},
		{"what no one could do is past", "Neither he nor his parents could be located on Monday.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"open after a plural noun is scheduled", "Pre-orders open on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"open after a form of be is a state", "The shops were open on Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"the DCT's weekday in the pluperfect is the week before", "The authority had asked airlines on Tuesday to cut flights.", "Tuesday", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"the DCT's weekday in the past is the DCT", "The authority asked airlines on Tuesday to cut flights.", "Tuesday", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"a particle after a past verb leads to it", "The outbreak was declared over in December after 14 deaths.", "December", "2024-12", "", "2024-12-01", "2024-12-31", TypeDate},
		{"the DCT's weekday in a reported pluperfect is the DCT", "The agency said 4,200 people had been moved to shelters on Tuesday.", "Tuesday", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"a month listed with may is a month", "The bank cut rates in February, May and August.", "May", "2025-05", "", "2025-05-01", "2025-05-31", TypeDate},
		{"a month in a sentence that opens with its year is of that year", "In 2019, the bank cut rates in March.", "March", "2019-03", "", "2019-03-01", "2019-03-31", TypeDate},
		{"months listed after a year are of that year", "The bank cut rates three times last year, in February, May and August.", "August", "2024-08", "", "2024-08-01", "2024-08-31", TypeDate},
		{"a month a future clause puts ahead keeps its reading", "In 2019, the bank said it would cut rates in March.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"a year in the sentence before sets no month's year", "The bank was founded in 2001. It opened its first branch in March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"a week on a weekday is the coming one and a week", "MPs will vote a week on Tuesday.", "a week on Tuesday", "2025-11-25", "", "2025-11-25", "2025-11-25", TypeDate},
		{"what a past act calls for on a weekday is the nearer one", "Opposition leaders have called for protests on Thursday.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"the day of a past act with no object between is past", "The ministry announced on Thursday that it would act.", "Thursday", "2025-11-06", "", "2025-11-06", "2025-11-06", TypeDate},
		{"what a past act called for in the pluperfect is past", "Her son had called for a vigil on Friday night.", "Friday night", "2025-11-07TNI", "", "2025-11-07", "2025-11-07", TypeTime},
		{"the day of a declaration is the act's own", "The WHO declared an end to the outbreak on Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"overnight after a reference late in its day is that day's night", "Some users could not send messages late on Monday. The company rolled back the change overnight.", "overnight", "2025-11-10TNI", "", "2025-11-10", "2025-11-10", TypeTime},
		{"overnight before the clause's past verb is a time", "A Russian attack on Kyiv overnight killed at least six people.", "overnight", "2025-11-10TNI", "", "2025-11-10", "2025-11-10", TypeTime},
		{"in some weeks in a clause about what is ahead is that week", "The plant will close in two weeks.", "two weeks", "2025-W48", "", "2025-11-24", "2025-11-30", TypeDate},
		{"in some years after a modal of the past is the year ahead", "The stock would be redeemed in five years.", "five years", "2030", "", "2030-01-01", "2030-12-31", TypeDate},
		{"in some years with a hedge keeps it", "The plant will be built in about two years.", "about two years", "2027", "APPROX", "2027-01-01", "2027-12-31", TypeDate},
		{"in some years after a superlative is a span", "Prices will see the biggest rise in two years.", "two years", "P2Y", "", "", "", TypeDuration},
		{"in some years after a first time is a span", "It will be the first time in five years.", "five years", "P5Y", "", "", "", TypeDuration},
		{"in some weeks in the past is a span", "The work was completed in two weeks.", "two weeks", "P2W", "", "", "", TypeDuration},
		{"a weekday week is the coming one and a week", "The hearing was adjourned until Monday week.", "Monday week", "2025-11-24", "", "2025-11-24", "2025-11-24", TypeDate},
		{"a weekday week's is no such day", "Monday week's hearing was cancelled.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"must before a day is a duty ahead", "The deal must be signed by Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"must have before a day is a guess about the past", "He must have been arrested on Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"must after a pluperfect is told as past", "The agency had ruled that the boy must be returned and set Friday as the deadline.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"a coming weekday of a predicate joined on after a later day is a week on", "The bridge will close on Monday and reopen on Friday.", "Friday", "2025-11-21", "", "2025-11-21", "2025-11-21", TypeDate},
		{"a coming weekday listed after a later day stays the coming one", "The bridge will close on Monday and on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a month after a past verb, its gerund and object is past", "The factory began making batteries in December.", "December", "2024-12", "", "2024-12-01", "2024-12-31", TypeDate},
		{"a month after a gerund a present verb takes stays the nearest", "The company said it was considering closing plants in December.", "December", "2025-12", "", "2025-12-01", "2025-12-31", TypeDate},
		{"a 24-hour clock opening a line before a dash is a live entry's time", "Updates\n09:12 - The Met Office has extended its warning.", "09:12", "2025-11-11T09:12", "", "2025-11-11", "2025-11-11", TypeTime},
		{"a 24-hour clock opening a line before a colon is a live entry's time", "14:05: Police say the road has reopened.", "14:05", "2025-11-11T14:05", "", "2025-11-11", "2025-11-11", TypeTime},
		{"the second day of a hyphened range before a noun", "The Fed will lower rates at its Nov. 18-19 meeting.", "19", "2025-11-19", "", "2025-11-19", "2025-11-19", TypeDate},
		{"a weekday named again by a holiday after it is that holiday", "The agency had closed its offices on Tuesday, Veterans Day.", "Tuesday", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"a day ending a period in a past clause is past", "Sales fell 3.2% in the six weeks to Dec. 4.", "Dec. 4", "2024-12-04", "", "2024-12-04", "2024-12-04", TypeDate},
		{"a day ending a period in a future clause is ahead", "Sales will rise in the six weeks to Dec. 4.", "Dec. 4", "2025-12-04", "", "2025-12-04", "2025-12-04", TypeDate},
		{"a month a promise's object names lies ahead", "Karki has promised elections in March.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"a month right after a promise is the promising's", "Karki promised in March to hold elections.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"a month after a promise's circumstance is the promising's", "He pledged in a speech in March to resign.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"a weekday after a threat's object is as often the threatening's", "The union threatened a strike on Monday.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"the final quarter of a year is its fourth", "Sales rose in the final quarter of 2024.", "the final quarter of 2024", "2024-Q4", "", "2024-10-01", "2024-12-31", TypeDate},
		{"the last quarter alone is no fourth quarter", "Sales rose in the last quarter.", "the last quarter", "P1Q", "", "", "", TypeDuration},
		{"the last quarter of last year is its fourth", "Sales rose in the last quarter of last year.", "the last quarter of last year", "2024-Q4", "", "2024-10-01", "2024-12-31", TypeDate},
		{"a relative's date takes no tense from the main verb after its comma", "The company, which reports results on March 3, had raised prices in the first half of the year.", "March 3", "2026-03-03", "", "2026-03-03", "2026-03-03", TypeDate},
		{"a relative's own past verb dates its date", "The company, which reported results on March 3, had raised prices.", "March 3", "2025-03-03", "", "2025-03-03", "2025-03-03", TypeDate},
		{"a court appearance a remand orders lies ahead", "He appeared in court on Monday and was remanded in custody to appear again on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"the same day after a state's start is the last day named", "The minister resigned on Nov. 3. His deputy, in post since December 2023, left the same day.", "the same day", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"the same day after a month of an event is a day of it", "The website closed on Thursday. He was killed last October, and his name was crossed out that same day.", "that same day", "2025-10-XX", "", "2025-10-01", "2025-10-31", TypeDate},
		{"a clock time after a backstory's day is the main day's", "Trains were cancelled on Monday after a power line failed late on Sunday. Services resumed at 2 p.m.", "2 p.m.", "2025-11-10T14:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"a time something is delayed to lies ahead, past its object", "Agency delays Orion II crewed moon flight to April.", "April", "2026-04", "", "2026-04-01", "2026-04-30", TypeDate},
		{"a time targeted lies ahead", "The agency said Tuesday it is now targeting April for the launch.", "April", "2026-04", "", "2026-04-01", "2026-04-30", TypeDate},
		{"a day of the year after the one the text is about", "The law was drafted in 2019 and took effect on June 30 the following year.", "June 30 the following year", "2020-06-30", "", "2020-06-30", "2020-06-30", TypeDate},
		{"a day that year has not is its month", "The firm was founded in 2019 and closed on Feb. 29 that year.", "Feb. 29 that year", "2019-02", "", "2019-02-01", "2019-02-28", TypeDate},
		{"a live report's entry stamp is of the DCT's day, past an overnight", "07:45 - The storm brought heavy rain overnight.\n08:20 - A severe flood warning has been issued.", "08:20", "2025-11-11T08:20", "", "2025-11-11", "2025-11-11", TypeTime},
		{"how long a past act lasted stands between it and its month", "Heavy snow closed schools for three days in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a place with its article stands between a past act's object and its month", "Heavy snow closed schools across the Highlands in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a value's fall is no schedule", "UK inflation falls to 3.6% in August", "August", "2025-08", "", "2025-08-01", "2025-08-31", TypeDate},
		{"a weekday after 'on a' is a day of the week, no date", "Christmas falls on a Thursday this year.", "Thursday", "XXXX-WXX-4", "", "", "", TypeDate},
		{"a weekday's part after 'on a' is of a day of the week", "He was killed on a Sunday night.", "Sunday night", "XXXX-WXX-7TNI", "", "", "", TypeTime},
		{"a weekday after 'a' alone before a noun is a day", "About 500 people attended a Sunday night memorial service.", "Sunday night", "2025-11-09TNI", "", "2025-11-09", "2025-11-09", TypeTime},
		{"a weekday offered beside a coming one comes after it", "Tickets for Wednesday or Monday can be used until Nov. 20.", "Monday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"past weekdays side by side stay past", "The talks were held on Monday and Tuesday.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"an irregular participle after its noun is past", "The storm could return within weeks, and images taken on Friday showed ash.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"a passive with its particle is past whatever its participle", "The company was set up in January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a span that ends on next week's day began this week", "The festival runs from Monday to next Sunday.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"a live report's clock before its entry's first capital", "07:20 The Met Office has issued a warning.", "07:20", "2025-11-11T07:20", "", "2025-11-11", "2025-11-11", TypeTime},
		{"a year ago is no month's of another paragraph", "Sales rose in October.\n\nThe government suspended talks a year ago.", "a year ago", "2024", "", "2024-01-01", "2024-12-31", TypeDate},
		{"a year ago compared in the month's paragraph is that month's", "Sales rose in October. They were 5% higher than a year ago.", "a year ago", "2024-10", "", "2024-10-01", "2024-10-31", TypeDate},
		{"what had been done by the DCT's weekday is of that day", "Rescuers had pulled 89 survivors from the water by Tuesday morning.", "Tuesday morning", "2025-11-11TMO", "", "2025-11-11", "2025-11-11", TypeTime},
		{"a day set, before the noun of what was set, is the nearest", "The prime minister on Monday called a Feb. 12 election.", "Feb. 12", "2026-02-12", "", "2026-02-12", "2026-02-12", TypeDate},
		{"a month set, before its noun, is the nearest", "The league announced the March draw.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"a day before its noun, not set, takes the clause's tense", "He missed the March 9 deadline.", "March 9", "2025-03-09", "", "2025-03-09", "2025-03-09", TypeDate},
		{"'former' is no past verb after a date", "Court sets March trial date for former mayor", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"a participle of planning after the date, with no 'be', is a past verb", "On Monday, the council scheduled a hearing.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"a participle of planning after 'is' looks ahead", "The vote on Monday is expected to pass.", "Monday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"a part of a season named from the DCT", "The slump began late last summer.", "late last summer", "2025-SU", "END", "2025-06-01", "2025-08-31", TypeDate},
		{"the back half of the year is its second", "A recovery is expected in the back half of the year.", "the back half of the year", "2025-H2", "", "2025-07-01", "2025-12-31", TypeDate},
		{"a half after the unit counts as one before it", "The ship sank a century and a half ago.", "a century and a half ago", "1875", "", "1875-01-01", "1875-12-31", TypeDate},
		{"a season mid-sentence in another paragraph keeps the DCT's reading", "The sides last met in a final in 2011.\n\nIts manager, appointed in the summer, said it was his best day.", "the summer", "2025-SU", "", "2025-06-01", "2025-08-31", TypeDate},
		{"a season opening its sentence in another paragraph goes on with the narrative's year", "In the spring of 2020 the city locked down.\n\nBy the autumn, cases were rising again.", "the autumn", "2020-FA", "", "2020-09-01", "2020-11-30", TypeDate},
		{"a clock goes on from the main clause's day, not a backstory's after 'when'", "The minister survived a vote on Monday evening, ending a week that began when two ministers resigned on Saturday.\n\nLawmakers voted shortly before 9 p.m.", "9 p.m.", "2025-11-10T21:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"a bound not yet known is ahead", "Rail services were suspended until at least Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a forecast told in the past is of the nearer day", "The agency said more rain was forecast from Thursday afternoon.", "Thursday afternoon", "2025-11-13TAF", "", "2025-11-13", "2025-11-13", TypeTime},
		{"what will happen overnight is tonight's, not a day the sentence before looked to", "The agency expects Sunday to be the busiest day. Snow is expected to taper off overnight.", "overnight", "2025-11-11TNI", "", "2025-11-11", "2025-11-11", TypeTime},
		{"a half of a calendar year", "Production begins in the second half of calendar 2026.", "the second half of calendar 2026", "2026-H2", "", "2026-07-01", "2026-12-31", TypeDate},
		{"a clock a set repeats is of no day", "The office will publish figures every morning at 10 a.m.", "10 a.m.", "XXXX-XX-XXT10:00", "", "", "", TypeTime},
		{"a set in an aside repeats no clock", "The trains, which run hourly, stopped at 3 p.m.", "3 p.m.", "2025-11-11T15:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"a count before a unit compared with a plan is a duration", "The plant closed five years earlier than planned.", "five years", "P5Y", "", "", "", TypeDuration},
		{"a year earlier after figures that showed a month's change is that month's", "Retail sales fell 0.4% in October, official figures showed on Tuesday. Sales were down 1.1% on a year earlier.", "a year earlier", "2024-10", "", "2024-10-01", "2024-10-31", TypeDate},
		{"a season in what is reported keeps the DCT's year, not the narrative's", "Ruiz was first elected in 2018 and re-elected four years later. She said she had made the decision over the summer.", "the summer", "2025-SU", "", "2025-06-01", "2025-08-31", TypeDate},
		{"hours later with nothing to count from", "Hours later, the port closed.", "Hours later", "PTXH", "", "", "", TypeDuration},
		{"hours later counted from an undated happening", "Details emerged on Nov. 3. The lawyer said the bullet hit him. An hour later, he died.", "An hour later", "PT1H", "", "", "", TypeDuration},
		{"the next day in a past clause with nothing to count from", "The order was lifted. The next day, the minister resigned.", "The next day", "XXXX-XX-XX", "", "", "", TypeDate},
		{"the following morning in a past clause with nothing to count from", "The following morning, the streets were quiet.", "The following morning", "XXXX-XX-XXTMO", "", "", "", TypeTime},
		{"half a day later may cross midnight", "On Nov. 3 the navy struck. 18 hours later, the port closed.", "18 hours later", "PT18H", "", "", "", TypeDuration},
		{"24-hour clock of wire copy", "Troops crossed at 0600 GMT Thursday.", "0600 GMT Thursday", "2025-11-06T06:00", "", "2025-11-06", "2025-11-06", TypeTime},
		{"local time", "Police came at 2100 local time.", "2100 local time", "2025-11-11T21:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"the new year", "The bill will come in the new year.", "the new year", "2026", "", "2026-01-01", "2026-12-31", TypeDate},
		{"since the new year", "Prices have risen since the new year.", "the new year", "2025", "", "2025-01-01", "2025-12-31", TypeDate},
		{"fiscal year code", "Revenue for FY26 rose.", "FY26", "2026", "", "2026-01-01", "2026-12-31", TypeDate},
		{"the end of the decade", "Costs will double by the end of the decade.", "the end of the decade", "202", "END", "2027-01-01", "2029-12-31", TypeDate},
		{"half of next year", "Trials begin in the first half of next year.", "the first half of next year", "2026-H1", "", "2026-01-01", "2026-06-30", TypeDate},
		{"weekday after a place in wire copy", "Officials in Paris Friday said no.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"weekday before a name opening a sentence", "On Friday Ministers met.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"the past fiscal years", "It has lost money in the past three fiscal years.", "the past three fiscal years", "P3Y", "", "", "", TypeDuration},
		{"the past financial year", "It lost money in the past financial year.", "the past financial year", "P1Y", "", "", "", TypeDuration},
		{"mid-year ahead once this year's is past", "A deal is expected by mid-year.", "mid-year", "2026", "MID", "2026-05-02", "2026-09-01", TypeDate},
		{"mid-century", "Emissions must reach net zero by mid-century.", "mid-century", "20", "MID", "2033-01-01", "2066-12-31", TypeDate},
		{"midweek in a past clause before this week's", "The team met midweek.", "midweek", "2025-W45", "MID", "2025-11-05", "2025-11-07", TypeDate},
		{"mid-decade", "Output will peak mid-decade.", "mid-decade", "202", "MID", "2023-01-01", "2026-12-31", TypeDate},
		{"a month in a timeline entry after its label", "Jan. 19, 2025 - A ceasefire takes effect. It collapses in March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"a month after a move in the present", "The striker joins the club in July.", "July", "2026-07", "", "2026-07-01", "2026-07-31", TypeDate},
		{"a quarter of a fiscal year", "Profit fell in the fourth quarter of fiscal 2024.", "the fourth quarter of fiscal 2024", "2024-Q4", "", "2024-10-01", "2024-12-31", TypeDate},
		{"a quarter of next year", "Output will recover in the first quarter of next year.", "the first quarter of next year", "2026-Q1", "", "2026-01-01", "2026-03-31", TypeDate},
		{"a half of a fiscal year", "Sales rose in the first half of fiscal 2024.", "the first half of fiscal 2024", "2024-H1", "", "2024-01-01", "2024-06-30", TypeDate},
		{"a weekday picks the year its day falls on", "The hearing is on Monday 3 March.", "Monday 3 March", "2025-03-03", "", "2025-03-03", "2025-03-03", TypeDate},
		{"a weekday picks the year its day falls on, month first", "The hearing is on Monday, March 3.", "Monday, March 3", "2025-03-03", "", "2025-03-03", "2025-03-03", TypeDate},
		{"an agreement's day after its own past verb", "A ceasefire agreed in January broke down in April.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a plural noun like a schedule's verb is no cue", "The government announced new steps in March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"the next decade", "Costs will rise over the next decade.", "the next decade", "P10Y", "", "", "", TypeDuration},
		{"decade with an apostrophe", "Music of the 1980's returned.", "the 1980's", "198", "", "1980-01-01", "1989-12-31", TypeDate},
		{"overnight in a past clause", "Drones struck overnight, officials said.", "overnight", "2025-11-10TNI", "", "2025-11-10", "2025-11-10", TypeTime},
		{"overnight before the day the sentence reports", "Rescuers pulled 14 survivors out overnight, officials said on Monday.", "overnight", "2025-11-09TNI", "", "2025-11-09", "2025-11-09", TypeTime},
		{"overnight in a future clause", "Rain is expected overnight.", "overnight", "2025-11-11TNI", "", "2025-11-11", "2025-11-11", TypeTime},
		{"overnight before the day reported", "Shares fell Friday. Overnight losses in New York weighed.", "Overnight", "2025-11-06TNI", "", "2025-11-06", "2025-11-06", TypeTime},
		{"the following weekday from a date", "On Nov. 3 the plant shut. It reopened the following Wednesday.", "the following Wednesday", "2025-11-05", "", "2025-11-05", "2025-11-05", TypeDate},
		{"the following weekday with nothing to count from", "It reopened the following Wednesday.", "the following Wednesday", "XXXX-WXX-3", "", "", "", TypeDate},
		{"the previous weekday from a date", "On March 3, 2024, it closed. The previous Friday, staff left.", "The previous Friday", "2024-03-01", "", "2024-03-01", "2024-03-01", TypeDate},
		{"abbreviated weekday before a date", "The bill passed on Tue., Nov. 4.", "Tue., Nov. 4", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"year after an apostrophe", "In '69, the band played.", "'69", "1969", "", "1969-01-01", "1969-12-31", TypeDate},
		{"days later", "Days later, crews restored power.", "Days later", "PXD", "", "", "", TypeDuration},
		{"many years later", "Many years later he wrote.", "Many years later", "PXY", "", "", "", TypeDuration},
		{"since a month", "Prices have risen since January.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"since a phrase ending in a month", "Since taking office in January, he has issued orders.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"causal since", "Since the vote is in January, we wait.", "January", "2026-01", "", "2026-01-01", "2026-01-31", TypeDate},
		{"clock on its sentence's day", "The panel meets on Nov. 20 at 10 a.m.", "10 a.m.", "2025-11-20T10:00", "", "2025-11-20", "2025-11-20", TypeTime},
		{"a timeline's entry told in the present is past", "Key dates:\nJan. 14 - The union announces a ballot.", "Jan. 14", "2025-01-14", "", "2025-01-14", "2025-01-14", TypeDate},
		{"a timeline's entry reads past a dotted abbreviation", "Key dates:\nMarch 3: U.S. lawmakers will vote on the bill.", "March 3", "2026-03-03", "", "2026-03-03", "2026-03-03", TypeDate},
		{"a timeline's entry with a word of the future is ahead", "Key dates:\nMarch 3: Parliament will vote on the bill.", "March 3", "2026-03-03", "", "2026-03-03", "2026-03-03", TypeDate},
		{"a 24-hour clock after 'at' needs no zone", "The offer expires at 23:59 on 30 November.", "23:59 on 30 November", "2025-11-30T23:59", "", "2025-11-30", "2025-11-30", TypeTime},
		{"a 24-hour clock ending a range of times needs no zone", "The warning will be in force from 06:00 to 18:00 on Thursday.", "18:00 on Thursday", "2025-11-13T18:00", "", "2025-11-13", "2025-11-13", TypeTime},
		{"a 24-hour clock opening a range of times takes the day of its end", "The warning will be in force from 06:00 to 18:00 on Thursday.", "06:00", "2025-11-13T06:00", "", "2025-11-13", "2025-11-13", TypeTime},
		{"a 24-hour clock after 'between' needs no zone", "Police appealed for anyone in the area between 02:00 and 03:30 to call.", "02:00", "2025-11-11T02:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"clock on the day after the GMT day in brackets", "The quake struck at 2:30 a.m. local time (1830 GMT Saturday).", "2:30 a.m. local time", "2025-11-09T02:30", "", "2025-11-09", "2025-11-09", TypeTime},
		{"clock on the day before the GMT day in brackets", "Polls closed at 8 p.m. ET (0100 GMT Sunday).", "8 p.m. ET", "2025-11-08T20:00", "", "2025-11-08", "2025-11-08", TypeTime},
		{"clock in a sentence with a date of its own", "Traders protested on Sunday. In 2019 the owner was shot at 10 p.m. in his kitchen.", "10 p.m.", "2025-11-11T22:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"clock on the day the sentence before named, not its report's", "The bridge collapsed on Sunday evening, officials said Tuesday. The span gave way at 6:40 p.m., the fire service said.", "6:40 p.m.", "2025-11-09T18:40", "", "2025-11-09", "2025-11-09", TypeTime},
		{"clock on the day the sentence before named", "The board fired her on Friday. The decision, announced at 12:30 p.m., stunned staff.", "12:30 p.m.", "2025-11-07T12:30", "", "2025-11-07", "2025-11-07", TypeTime},
		{"a holiday's weekend", "Traffic was heavy over the Easter weekend.", "the Easter weekend", "2025-W16-WE", "", "2025-04-19", "2025-04-20", TypeDate},
		{"a Monday holiday's weekend is the one before it", "Roads will be busy over the Labor Day weekend.", "the Labor Day weekend", "2026-W36-WE", "", "2026-09-05", "2026-09-06", TypeDate},
		{"the day after a holiday", "The vote is the day after Thanksgiving.", "the day after Thanksgiving", "2025-11-28", "", "2025-11-28", "2025-11-28", TypeDate},
		{"a day of next year", "The rules start on March 5 next year.", "March 5 next year", "2026-03-05", "", "2026-03-05", "2026-03-05", TypeDate},
		{"a day before a month of last year", "The rules started on 5 March last year.", "5 March last year", "2024-03-05", "", "2024-03-05", "2024-03-05", TypeDate},
		{"late on a date", "The deal was reached late on 3 March.", "late on 3 March", "2025-03-03", "END", "2025-03-03", "2025-03-03", TypeDate},
		{"early on, then a date", "Early on, the team lost on 3 March.", "3 March", "2025-03-03", "", "2025-03-03", "2025-03-03", TypeDate},
		{"coming clock after a past day", "The summit opened on Monday. Leaders will fly home at 9 a.m.", "9 a.m.", "2025-11-11T09:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"present clock after a past day", "He was born on May 3, 1950. The ceremony starts at 3 p.m.", "3 p.m.", "2025-11-11T15:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"clock two sentences after a day", "The board fired her on Friday. Staff were stunned. She left at 6 p.m.", "6 p.m.", "2025-11-11T18:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"later yesterday", "Later yesterday, he left.", "Later yesterday", "2025-11-10", "END", "2025-11-10", "2025-11-10", TypeDate},
		{"overnight after a paragraph break", "Shares fell Friday.\n\nOvernight losses in New York weighed.", "Overnight", "2025-11-06TNI", "", "2025-11-06", "2025-11-06", TypeTime},
		{"later than compares", "The port reopened a day later than planned.", "a day", "P1D", "", "", "", TypeDuration},
		{"in some years' time", "The law will be reviewed in two years' time.", "two years' time", "2027", "", "2027-01-01", "2027-12-31", TypeDate},
		{"clock before a weekday and its date", "Voting ends at 10pm on Wednesday 19 November.", "10pm on Wednesday 19 November", "2025-11-19T22:00", "", "2025-11-19", "2025-11-19", TypeTime},
		{"clock before last night", "Police were called at 10pm last night.", "10pm last night", "2025-11-10T22:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"clock before yesterday's morning", "He died at 4am yesterday morning.", "4am yesterday morning", "2025-11-10T04:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"clock before a weekday's night", "Shots were fired at 11pm on Sunday night.", "11pm on Sunday night", "2025-11-09T23:00", "", "2025-11-09", "2025-11-09", TypeTime},
		{"last before a date", "He was shot last Oct. 23 at home.", "last Oct. 23", "2025-10-23", "", "2025-10-23", "2025-10-23", TypeDate},
		{"next before a date", "The vote is next March 6.", "next March 6", "2026-03-06", "", "2026-03-06", "2026-03-06", TypeDate},
		{"has until a date", "The agency has until Jan. 15 to respond.", "Jan. 15", "2026-01-15", "", "2026-01-15", "2026-01-15", TypeDate},
		{"forecast to", "The storm is forecast to make landfall late Thursday.", "late Thursday", "2025-11-13", "END", "2025-11-13", "2025-11-13", TypeDate},
		{"slashes are month first", "Dated 03/04/2025 here.", "03/04/2025", "2025-03-04", "", "2025-03-04", "2025-03-04", TypeDate},
		{"slashes with day over 12", "Dated 25/04/2025 here.", "25/04/2025", "2025-04-25", "", "2025-04-25", "2025-04-25", TypeDate},
		{"dots are day first", "Dated 03.04.2025 here.", "03.04.2025", "2025-04-03", "", "2025-04-03", "2025-04-03", TypeDate},
		{"abbreviated with year", "View of the destroyer, Feb. 13, 2024. (AP)", "Feb. 13, 2024", "2024-02-13", "", "2024-02-13", "2024-02-13", TypeDate},
		{"day without year nearest DCT", "Talks end Dec. 30.", "Dec. 30", "2025-12-30", "", "2025-12-30", "2025-12-30", TypeDate},
		{"month year", "Prices rose in September 2025.", "September 2025", "2025-09", "", "2025-09-01", "2025-09-30", TypeDate},
		{"past weekday", "The minister resigned on Sunday.", "Sunday", "2025-11-09", "", "2025-11-09", "2025-11-09", TypeDate},
		{"weekday equal to DCT is the DCT", "He spoke on Tuesday.", "Tuesday", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"future weekday", "A meeting was expected on Wednesday.", "Wednesday", "2025-11-12", "", "2025-11-12", "2025-11-12", TypeDate},
		{"will weekday", "She will travel on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"present tense of scheduled business", "The council meets on Thursday to discuss the cuts.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"opening participle is past", "Asked on Monday whether he would resign, he said no.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"opening name is no participle", "United on Saturday will face City.", "Saturday", "2025-11-15", "", "2025-11-15", "2025-11-15", TypeDate},
		{"fixture in the present", "United host Arsenal on Saturday.", "Saturday", "2025-11-15", "", "2025-11-15", "2025-11-15", TypeDate},
		{"faces in the present", "He faces sentencing on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a noun after a past verb is no fixture", "They lost face on Sunday.", "Sunday", "2025-11-09", "", "2025-11-09", "2025-11-09", TypeDate},
		{"a closed relative clause keeps its tense", "The king will visit Kenya, which he last toured in 2016, on Sunday.", "Sunday", "2025-11-16", "", "2025-11-16", "2025-11-16", TypeDate},
		{"past relative clause before a present fixture", "The man, who was arrested on Friday, appears in court on Monday.", "Monday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"a list's comma closes no relative clause", "He succeeds Taylor, who stepped down as chairman, president and chief executive in March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"appointment: the nearer day after a past verb", "The union called a strike vote for Thursday.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"appointment: the nearer day may be past", "A vigil planned for Monday was called off.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"a plan in the pluperfect is past", "The offer had been due to expire Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"last weekday", "It closed last Tuesday.", "last Tuesday", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"yesterday", "Markets fell yesterday.", "yesterday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"last month", "The chief said last month that it was illegal.", "last month", "2025-10", "", "2025-10-01", "2025-10-31", TypeDate},
		{"next year", "Elections are due next year.", "next year", "2026", "", "2026-01-01", "2026-12-31", TypeDate},
		{"this week", "Talks resumed this week.", "this week", "2025-W46", "", "2025-11-10", "2025-11-16", TypeDate},
		{"more than a century ago", "The firm was founded more than a century ago.", "more than a century ago", "19", "BEFORE", "", "1925-11-11", TypeDate},
		{"a century ago", "The bridge was built a century ago.", "a century ago", "19", "", "1900-01-01", "1999-12-31", TypeDate},
		{"a year's half by words of a match when it names the year", "The goal is to cut costs in the second half of the year.", "the second half of the year", "2025-H2", "", "2025-07-01", "2025-12-31", TypeDate},
		{"the rest of the week", "Shops will stay shut for the rest of the week.", "the rest of the week", "2025-W46", "", "2025-11-11", "2025-11-16", TypeDate},
		{"n and a half years ago", "He left two and a half years ago.", "two and a half years ago", "2023-05", "", "2023-05-01", "2023-05-31", TypeDate},
		{"years ago this week", "The treaty was signed 70 years ago this week.", "70 years ago this week", "1955-W45", "", "1955-11-07", "1955-11-13", TypeDate},
		{"years ago this month", "The band formed 25 years ago this month.", "25 years ago this month", "2000-11", "", "2000-11-01", "2000-11-30", TypeDate},
		{"half a century ago", "The bridge was built half a century ago.", "half a century ago", "1975", "", "1975-01-01", "1975-12-31", TypeDate},
		{"more than a quarter-century ago", "The bridge was built more than a quarter-century ago.", "more than a quarter-century ago", "2000", "BEFORE", "", "2000-11-11", TypeDate},
		{"half a year ago", "The plan was announced half a year ago.", "half a year ago", "2025-05", "", "2025-05-01", "2025-05-31", TypeDate},
		{"half a century after a year", "The ship sank in 1912. Half a century later, divers found it.", "Half a century later", "1962", "", "1962-01-01", "1962-12-31", TypeDate},
		{"half a decade after a year", "The firm won in 2010 and half a decade later it folded.", "half a decade later", "2015", "", "2015-01-01", "2015-12-31", TypeDate},
		{"more than a month ago", "The pause began more than a month ago.", "more than a month ago", "2025-10", "BEFORE", "", "2025-10-11", TypeDate},
		{"two days ago", "He left two days ago.", "two days ago", "2025-11-09", "", "2025-11-09", "2025-11-09", TypeDate},
		{"early month", "The strikes began in early September.", "early September", "2025-09", "START", "2025-09-01", "2025-09-10", TypeDate},
		{"past month alone", "The group deployed in August.", "August", "2025-08", "", "2025-08-01", "2025-08-31", TypeDate},
		{"future month alone", "He will leave his post in December.", "December", "2025-12", "", "2025-12-01", "2025-12-31", TypeDate},
		{"far month alone in past clause is the past one", "It opened in March.", "March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"far month alone in future clause is the coming one", "It will open in March.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"near month after its own past verb is the past one", "The plant closed in December.", "December", "2024-12", "", "2024-12-01", "2024-12-31", TypeDate},
		{"near day after its own past verb is the past one", "The ban came into force on 1 January.", "1 January", "2025-01-01", "", "2025-01-01", "2025-01-01", TypeDate},
		{"a light verb and its noun are the clause's own past verb", "The tax took effect in December.", "December", "2024-12", "", "2024-12-01", "2024-12-31", TypeDate},
		{"a month opening a past sentence is the past one", "In December, the board met.", "December", "2024-12", "", "2024-12-01", "2024-12-31", TypeDate},
		{"a verb after a modal is no past", "He said he would cut his trip short to return on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"near day after was and a participle is the past one", "He was born on Dec. 3.", "Dec. 3", "2024-12-03", "", "2024-12-03", "2024-12-03", TypeDate},
		{"near month after a past verb of another clause is the nearest", "Officials said the boy must return in December.", "December", "2025-12", "", "2025-12-01", "2025-12-31", TypeDate},
		{"near month after would have is the nearest", "The store would have opened in December.", "December", "2025-12", "", "2025-12-01", "2025-12-31", TypeDate},
		{"near month after was due is the nearest", "The vote was due in January.", "January", "2026-01", "", "2026-01-01", "2026-01-31", TypeDate},
		{"near month alone is the nearest", "Talks resume in January.", "January", "2026-01", "", "2026-01-01", "2026-01-31", TypeDate},
		{"reported speech keeps the past", "The minister said Tuesday it will reopen.", "Tuesday", "2025-11-11", "", "2025-11-11", "2025-11-11", TypeDate},
		{"verb after weekday sets tense", "The minister on Sunday denied it.", "Sunday", "2025-11-09", "", "2025-11-09", "2025-11-09", TypeDate},
		{"start of week", "As this week got underway, the minister spoke.", "As this week got underway", "2025-W46", "START", "2025-11-10", "2025-11-11", TypeDate},
		{"decade", "Prices peaked in the 1990s.", "the 1990s", "199", "", "1990-01-01", "1999-12-31", TypeDate},
		{"late decade", "It began in the late 1970s.", "the late 1970s", "197", "END", "1977-01-01", "1979-12-31", TypeDate},
		{"mid-decade", "Prices rose in the mid-1990s.", "the mid-1990s", "199", "MID", "1993-01-01", "1996-12-31", TypeDate},
		{"early decade", "Sales fell in early 2000s trading.", "early 2000s", "200", "START", "2000-01-01", "2003-12-31", TypeDate},
		{"year after preposition", "Founded in 2019, it grew.", "2019", "2019", "", "2019-01-01", "2019-12-31", TypeDate},
		{"duration", "The talks lasted three days.", "three days", "P3D", "", "", "", TypeDuration},
		{"approximate duration", "It helped for nearly two decades.", "nearly two decades", "P20Y", "APPROX", "", "", TypeDuration},
		{"vague duration", "It has helped for years.", "years", "PXY", "", "", "", TypeDuration},
		{"set", "The office is cleaned every week.", "every week", "P1W", "", "", "", TypeSet},
		{"clock with its day", "The vote is at 3 p.m. today.", "3 p.m. today", "2025-11-11T15:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"tonight", "He speaks tonight.", "tonight", "2025-11-11TNI", "", "2025-11-11", "2025-11-11", TypeTime},
		{"number word over twenty", "It lasted nearly forty years.", "nearly forty years", "P40Y", "APPROX", "", "", TypeDuration},
		{"tens and units apart", "He left thirty five years ago.", "thirty five years ago", "1990", "", "1990-01-01", "1990-12-31", TypeDate},
		{"late last night", "Police came late last night.", "late last night", "2025-11-10TNI", "END", "2025-11-10", "2025-11-10", TypeTime},
		{"earlier today", "Earlier today the minister resigned.", "Earlier today", "2025-11-11", "START", "2025-11-11", "2025-11-11", TypeDate},
		{"a report's date does not move the story on", "The fire was spotted at 5:15 a.m. on Nov. 2, according to a report published on Monday. Crews arrived 11 minutes later. A fireboat joined at 7 a.m.", "7 a.m.", "2025-11-02T07:00", "", "2025-11-02", "2025-11-02", TypeTime},
		{"a told date does not move the story on", "The ship sank on Nov. 2, the coastguard said on Monday. The following day, divers found it.", "The following day", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"clock times carried from sentence to sentence keep the story's day", "The fire was spotted at 5:15 a.m. on Nov. 2. Crews arrived minutes later. A fireboat joined at 7 a.m. By mid-morning the pier had burned. It was declared out the following day.", "the following day", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"a plain verb of intention before 'to' looks ahead", "Officials hope to reopen the road by Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a weekday owning what is awaited", "Troops were deployed ahead of Sunday's election.", "Sunday", "2025-11-16", "", "2025-11-16", "2025-11-16", TypeDate},
		{"a weekday owning what will happen", "Wednesday's vote will decide the matter.", "Wednesday", "2025-11-12", "", "2025-11-12", "2025-11-12", TypeDate},
		{"a weekday owning what a coming clause is for", "Park will take charge for Wednesday's cup tie.", "Wednesday", "2025-11-12", "", "2025-11-12", "2025-11-12", TypeDate},
		{"a weekday owning a fixture in a coming clause", "Park would take charge of Saturday's home game.", "Saturday", "2025-11-15", "", "2025-11-15", "2025-11-15", TypeDate},
		{"a weekday owning no fixture in a coming clause", "Lawyers would look for ways around Saturday's ruling.", "Saturday", "2025-11-08", "", "2025-11-08", "2025-11-08", TypeDate},
		{"a weekday owning a fixture in a past clause", "Park took charge of Saturday's home game.", "Saturday", "2025-11-08", "", "2025-11-08", "2025-11-08", TypeDate},
		{"a weekday owning what has happened", "Fans criticised Wednesday's decision.", "Wednesday", "2025-11-05", "", "2025-11-05", "2025-11-05", TypeDate},
		{"a day told of as starting lies ahead", "The governor announced three days of mourning starting on Thursday.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"what a plan starts with lies ahead", "The club said Harper would take charge, starting with Thursday's home game.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"a participle of starting opening the sentence takes the clause's tense", "Beginning Monday, the city imposed a curfew.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"midnight past in a past clause", "The strikes began shortly after midnight.", "midnight", "2025-11-10T24:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"midnight ahead in a future clause", "The deadline expires at midnight.", "midnight", "2025-11-11T24:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"clock in an Australian zone", "Applications close at 5pm AEDT on Friday.", "5pm AEDT on Friday", "2025-11-14T17:00", "", "2025-11-14", "2025-11-14", TypeTime},
		{"clock in an Indian zone", "The blast happened at 9:30 a.m. IST on Monday.", "9:30 a.m. IST on Monday", "2025-11-10T09:30", "", "2025-11-10", "2025-11-10", TypeTime},
		{"24-hour clock with zone", "Markets opened at 17:45 GMT Monday.", "17:45 GMT Monday", "2025-11-10T17:45", "", "2025-11-10", "2025-11-10", TypeTime},
		{"this past weekday", "This past Sunday the party voted.", "This past Sunday", "2025-11-09", "", "2025-11-09", "2025-11-09", TypeDate},
		{"later in the month from reference", "Rebels attacked on March 3, 2024. Later in the month, talks resumed.", "Later in the month", "2024-03", "", "2024-03-01", "2024-03-31", TypeDate},
		{"a span's end is ahead", "The port stays shut until Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a past span's end is behind", "The port stayed shut until Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"late weekday is its end", "The ship was hit late Sunday, officials said.", "late Sunday", "2025-11-09", "END", "2025-11-09", "2025-11-09", TypeDate},
		{"fourth of july", "The Fourth of July parade was cancelled.", "Fourth of July", "2025-07-04", "", "2025-07-04", "2025-07-04", TypeDate},
		{"weekday plural", "The market opens on Sundays.", "Sundays", "XXXX-WXX-7", "", "", "", TypeSet},
		{"weekday part plural", "The show airs Tuesday nights.", "Tuesday nights", "XXXX-WXX-2TNI", "", "", "", TypeSet},
		{"compound number word", "It ran for twenty-five days.", "twenty-five days", "P25D", "", "", "", TypeDuration},
		{"half in figures", "Talks took 2 1/2 years.", "2 1/2 years", "P2Y6M", "", "", "", TypeDuration},
		{"and a half", "The speech ran a minute and a half.", "a minute and a half", "PT1M30S", "", "", "", TypeDuration},
		{"more between count and unit", "He has two more weeks.", "two more weeks", "P2W", "", "", "", TypeDuration},
		{"no more than", "Payment is due in no more than sixty days.", "no more than sixty days", "P60D", "EQUAL_OR_LESS", "", "", TypeDuration},
		{"span with a count", "Sales should grow over the next three quarters.", "the next three quarters", "P3Q", "", "", "", TypeDuration},
		{"coming span", "Talks resume in the coming weeks.", "the coming weeks", "PXW", "", "", "", TypeDuration},
		{"span of hours", "Over the past 24 hours, three boats were hit.", "the past 24 hours", "PT24H", "", "", "", TypeDuration},
		{"second day of a range", "Talks are set for Nov. 17-19 in Geneva.", "19", "2025-11-19", "", "2025-11-19", "2025-11-19", TypeDate},
		{"first day of a range before its month", "Talks were held from 3 to 5 November.", "3", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"ordinal day of a range before its month", "The fair runs 10th-12th December.", "10th", "2025-12-10", "", "2025-12-10", "2025-12-10", TypeDate},
		{"first day of a list before its month", "Strikes are planned for 2, 3 and 4 December.", "2", "2025-12-02", "", "2025-12-02", "2025-12-02", TypeDate},
		{"a day of a list before its month", "Strikes are planned for 2, 3 and 4 December.", "3", "2025-12-03", "", "2025-12-03", "2025-12-03", TypeDate},
		{"a clock before a near day after its own past verb", "The ban came into force at midnight on 1 January.", "midnight on 1 January", "2025-01-01T24:00", "", "2025-01-01", "2025-01-01", TypeTime},
		{"a clock on a day before its month", "Polls close at 3pm on 30 November.", "3pm on 30 November", "2025-11-30T15:00", "", "2025-11-30", "2025-11-30", TypeTime},
		{"a clock on a date with its year", "The vote was at noon on Nov. 30, 2024.", "noon on Nov. 30, 2024", "2024-11-30T12:00", "", "2024-11-30", "2024-11-30", TypeTime},
		{"the final days of a month", "The deal closed in the final days of October.", "the final days of October", "2025-10", "END", "2025-10-21", "2025-10-31", TypeDate},
		{"the first weeks of a year", "Troops arrived in the first weeks of 2024.", "the first weeks of 2024", "2024", "START", "2024-01-01", "2024-04-30", TypeDate},
		{"a part of a day alone", "By mid afternoon, the town had fallen.", "mid afternoon", "2025-11-11TAF", "", "2025-11-11", "2025-11-11", TypeTime},
		{"a part of the sentence's day", "Crowds gathered on Friday and by the afternoon they had gone.", "the afternoon", "2025-11-07TAF", "", "2025-11-07", "2025-11-07", TypeTime},
		{"a part of the day the sentence before names", "Crowds gathered on Friday. By the afternoon they had gone.", "the afternoon", "2025-11-07TAF", "", "2025-11-07", "2025-11-07", TypeTime},
		{"the first end of a range of clock times on the second's day", "The road will be closed between 9am and 5pm on Sunday.", "9am", "2025-11-16T09:00", "", "2025-11-16", "2025-11-16", TypeTime},
		{"this weekday ahead", "The vote is this Friday.", "this Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a clock before this weekday", "The vote is at 2pm this Friday.", "2pm this Friday", "2025-11-14T14:00", "", "2025-11-14", "2025-11-14", TypeTime},
		{"this weekday in a past clause", "The raid took place this Monday.", "this Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"a clock just before its day", "The funeral will be held at 11am next Tuesday.", "11am next Tuesday", "2025-11-18T11:00", "", "2025-11-18", "2025-11-18", TypeTime},
		{"a clock just before a day told from it", "The flight left at 6am the next day.", "6am the next day", "2025-11-12T06:00", "", "2025-11-12", "2025-11-12", TypeTime},
		{"a day written out before its month", "The law came into force on the first of January.", "first of January", "2025-01-01", "", "2025-01-01", "2025-01-01", TypeDate},
		{"a day of next month", "Payment is due on the twenty-first of next month.", "twenty-first of next month", "2025-12-21", "", "2025-12-21", "2025-12-21", TypeDate},
		{"a quarter that has ended, in a future clause", "The merger is expected to close in the first quarter.", "the first quarter", "2026-Q1", "", "2026-01-01", "2026-03-31", TypeDate},
		{"the end of a quarter", "Talks will end by the end of the first quarter.", "the end of the first quarter", "2026-Q1", "END", "2026-03-01", "2026-03-31", TypeDate},
		{"a span from a weekday in the present lies ahead", "The ban applies from Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a span from a weekday in the past", "The ban applied from Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"a weekday with its date in brackets", "The bank held rates at its meeting on Monday (Nov. 3).", "Monday (Nov. 3)", "2025-11-03", "", "2025-11-03", "2025-11-03", TypeDate},
		{"a part of every day", "Every night the town is shelled.", "Every night", "XXXX-XX-XXTNI", "", "", "", TypeSet},
		{"a verb in -s before a span is no rate", "She spends a week in Paris.", "a week", "P1W", "", "", "", TypeDuration},
		{"should looks ahead", "The council should vote on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a range of counts is one duration, the shorter", "The trial is expected to last six to eight weeks.", "six to eight weeks", "P6W", "", "", "", TypeDuration},
		{"a span of a range of counts", "The storm will move inland over the next 24 to 48 hours.", "the next 24 to 48 hours", "PT24H", "", "", "", TypeDuration},
		{"a range of other counts before a duration is no part of it", "Prices rose 3 to 5 percent in two years.", "two years", "P2Y", "", "", "", TypeDuration},
		{"a plural present of scheduling looks ahead", "Polls close at 8 p.m. Thursday.", "8 p.m. Thursday", "2025-11-13T20:00", "", "2025-11-13", "2025-11-13", TypeTime},
		{"close after a past verb is no cue", "The race came close on Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"fortnightly", "The council meets fortnightly.", "fortnightly", "P2W", "", "", "", TypeSet},
		{"every fortnight", "Bins are collected every fortnight.", "every fortnight", "P2W", "", "", "", TypeSet},
		{"a day of the month a hearing is adjourned until", "The hearing was adjourned until the 24th.", "the 24th", "2025-11-24", "", "2025-11-24", "2025-11-24", TypeDate},
		{"a month a vote is postponed until", "The vote was postponed until March.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"an adverb between a past verb and its month", "Sales fell sharply in December.", "December", "2024-12", "", "2024-12-01", "2024-12-31", TypeDate},
		{"the week after next", "The vote is set for the week after next.", "the week after next", "2025-W48", "", "2025-11-24", "2025-11-30", TypeDate},
		{"earlier this month is the month up to the DCT", "Earlier this month, a fault disrupted banks.", "Earlier this month", "2025-11", "", "2025-11-01", "2025-11-10", TypeDate},
		{"later this month is the rest of the month", "The board will meet later this month.", "later this month", "2025-11", "", "2025-11-12", "2025-11-30", TypeDate},
		{"an amount between a past verb and its day", "The index fell 2 points on Dec. 20.", "Dec. 20", "2024-12-20", "", "2024-12-20", "2024-12-20", TypeDate},
		{"a percentage between a past verb and its day", "Sales dropped 3% on Jan. 4.", "Jan. 4", "2025-01-04", "", "2025-01-04", "2025-01-04", TypeDate},
		{"an amount after a future verb leaves the day ahead", "He will pay 5% on Dec. 20.", "Dec. 20", "2025-12-20", "", "2025-12-20", "2025-12-20", TypeDate},
		{"coming span without the", "Growth should slow in coming months.", "coming months", "PXM", "", "", "", TypeDuration},
		{"near future", "A deal is likely in the near future.", "the near future", "FUTURE_REF", "", "", "", TypeDate},
		{"rate", "It earns $33 million a year from rents.", "a year", "P1Y", "", "", "", TypeSet},
		{"reporting year as span", "For the year ended Sept. 30, it earned more.", "the year", "P1Y", "", "", "", TypeDuration},
		{"reporting year", "For the year, volume was flat.", "the year", "2025", "", "2025-01-01", "2025-12-31", TypeDate},
		{"year-end", "Cuts are due by year-end.", "year-end", "2025", "END", "2025-09-01", "2025-12-31", TypeDate},
		{"clock with weekday", "He was seized at 10 p.m. Sunday, police said.", "10 p.m. Sunday", "2025-11-09T22:00", "", "2025-11-09", "2025-11-09", TypeTime},
		{"noon with weekday", "Talks broke off at noon Monday.", "noon Monday", "2025-11-10T12:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"clock with zone and date", "Bids close at 5 p.m. EST Nov. 14.", "5 p.m. EST Nov. 14", "2025-11-14T17:00", "", "2025-11-14", "2025-11-14", TypeTime},
		{"as early as is future", "He could arrive as early as Thursday.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"ago or so", "It began a week or so ago.", "a week or so ago", "2025-W45", "APPROX", "2025-11-03", "2025-11-09", TypeDate},
		{"election day", "Voters went to the polls on Election Day.", "Election Day", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"quarter", "Profit rose in the third quarter.", "the third quarter", "2025-Q3", "", "2025-07-01", "2025-09-30", TypeDate},
		{"hyphenated quarter", "Third-quarter sales fell.", "Third-quarter", "2025-Q3", "", "2025-07-01", "2025-09-30", TypeDate},
		{"reporting quarter", "Sales in the latest quarter fell.", "the latest quarter", "2025-Q3", "", "2025-07-01", "2025-09-30", TypeDate},
		{"year's quarter", "It expects a loss in the 2024 second quarter.", "the 2024 second quarter", "2024-Q2", "", "2024-04-01", "2024-06-30", TypeDate},
		{"quarter code", "Results for Q1 2026 are due.", "Q1 2026", "2026-Q1", "", "2026-01-01", "2026-03-31", TypeDate},
		{"half", "Growth slowed in the first half of 2025.", "the first half of 2025", "2025-H1", "", "2025-01-01", "2025-06-30", TypeDate},
		{"season", "The talks collapsed last summer.", "last summer", "2025-SU", "", "2025-06-01", "2025-08-31", TypeDate},
		{"coming season", "Building starts next spring.", "next spring", "2026-SP", "", "2026-03-01", "2026-05-31", TypeDate},
		{"century", "It was the worst flood of the 20th century.", "the 20th century", "19", "", "1900-01-01", "1999-12-31", TypeDate},
		{"late century", "The mill dates from the late 19th century.", "the late 19th century", "18", "END", "1867-01-01", "1899-12-31", TypeDate},
		{"mid-century in words", "It was built in the mid-nineteenth century.", "the mid-nineteenth century", "18", "MID", "1833-01-01", "1866-12-31", TypeDate},
		{"century in words", "The twenty-first century began quietly.", "The twenty-first century", "20", "", "2000-01-01", "2099-12-31", TypeDate},
		{"the hundreds are a century", "The church dates from the 1800s.", "the 1800s", "18", "", "1800-01-01", "1899-12-31", TypeDate},
		{"the early hundreds", "Immigrants arrived in the early 1900s.", "the early 1900s", "19", "START", "1900-01-01", "1933-12-31", TypeDate},
		{"the 2000s are a decade", "Prices soared in the 2000s.", "the 2000s", "200", "", "2000-01-01", "2009-12-31", TypeDate},
		{"bare year", "The 1990 accord still holds.", "1990", "1990", "", "1990-01-01", "1990-12-31", TypeDate},
		{"fiscal year", "Fiscal 2024 earnings beat forecasts.", "Fiscal 2024", "2024", "", "2024-01-01", "2024-12-31", TypeDate},
		{"year part", "The plant closed in mid-1996.", "mid-1996", "1996", "MID", "1996-05-01", "1996-08-31", TypeDate},
		{"month with relative year", "Prices fell in June last year.", "June last year", "2024-06", "", "2024-06-01", "2024-06-30", TypeDate},
		{"last month name", "He resigned last March.", "last March", "2025-03", "", "2025-03-01", "2025-03-31", TypeDate},
		{"the following month named counts from the reference", "She was suspended in September 2023 and resigned the following January.", "the following January", "2024-01", "", "2024-01-01", "2024-01-31", TypeDate},
		{"the previous month named counts back from it", "The deal closed in March 2024, after talks began the previous October.", "the previous October", "2023-10", "", "2023-10-01", "2023-10-31", TypeDate},
		{"the following month named with nothing to count from looks ahead", "Talks will resume the following March.", "the following March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"the following month named in a past clause with nothing to count from", "She resigned the following March.", "the following March", "XXXX-03", "", "", "", TypeDate},
		{"a month in a past clause's subject", "A previous attempt in January failed.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"a month in a future clause's subject", "The vote in January will decide it.", "January", "2026-01", "", "2026-01-01", "2026-01-31", TypeDate},
		{"past weekend", "Protests spread over the weekend.", "the weekend", "2025-W45-WE", "", "2025-11-08", "2025-11-09", TypeDate},
		{"the weekend something is planned for", "A rally is planned for the weekend.", "the weekend", "2025-W46-WE", "", "2025-11-15", "2025-11-16", TypeDate},
		{"holiday", "Stores close on Christmas Day.", "Christmas Day", "2025-12-25", "", "2025-12-25", "2025-12-25", TypeDate},
		{"thanksgiving", "Flights were full last Thanksgiving.", "last Thanksgiving", "2024-11-28", "", "2024-11-28", "2024-11-28", TypeDate},
		{"easter", "Easter falls early next year.", "Easter", "2026-04-05", "", "2026-04-05", "2026-04-05", TypeDate},
		{"feast fixed by easter in a past clause", "Services were held on Palm Sunday.", "Palm Sunday", "2025-04-13", "", "2025-04-13", "2025-04-13", TypeDate},
		{"feast fixed by easter with its year", "The deal was signed on Good Friday 1998.", "Good Friday 1998", "1998-04-10", "", "1998-04-10", "1998-04-10", TypeDate},
		{"black friday in a past clause", "Shoppers flocked to stores on Black Friday.", "Black Friday", "2024-11-29", "", "2024-11-29", "2024-11-29", TypeDate},
		{"next to is a place, not a future cue", "Two bombs exploded next to the embassy on Friday.", "Friday", "2025-11-07", "", "2025-11-07", "2025-11-07", TypeDate},
		{"an abbreviation's full stop does not end the clause", "The agency will publish the data at 8:30 a.m. sharp on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"clock with a US region", "The agency will publish the data at 8:30 a.m. Eastern on Friday.", "8:30 a.m. Eastern on Friday", "2025-11-14T08:30", "", "2025-11-14", "2025-11-14", TypeTime},
		{"clock with a city's time", "The strike began at 10 a.m. Moscow time on Monday.", "10 a.m. Moscow time on Monday", "2025-11-10T10:00", "", "2025-11-10", "2025-11-10", TypeTime},
		{"the end of the quarter in a report is the quarter reported", "At the end of the quarter, cash stood at $3 billion.", "the end of the quarter", "2025-Q3", "END", "2025-08-31", "2025-09-30", TypeDate},
		{"the end of the quarter in a future clause is the current one", "The report is due by the end of the quarter.", "the end of the quarter", "2025-Q4", "END", "2025-12-01", "2025-12-31", TypeDate},
		{"that autumn is the season of the year the text is about", "In the summer of 2023 the firm hired staff; that autumn it cut 200.", "that autumn", "2023-FA", "", "2023-09-01", "2023-11-30", TypeDate},
		{"that winter after a January is the winter it ends", "In January 2023 the snow came. That winter was hard.", "That winter", "2022-WI", "", "2022-12-01", "2023-02-28", TypeDate},
		{"that summer with nothing to count from", "That summer was hot.", "That summer", "XXXX-SU", "", "", "", TypeDate},
		{"fiscal quarter code", "Profit rose in Q2 FY26.", "Q2 FY26", "2026-Q2", "", "", "", TypeDate},
		{"set every other unit", "Meetings are held every other week.", "every other week", "P2W", "", "", "", TypeSet},
		{"set every n units", "Elections are held every four years.", "every four years", "P4Y", "", "", "", TypeSet},
		{"set every season", "The festival takes place every summer.", "every summer", "XXXX-SU", "", "", "", TypeSet},
		{"set every second weekday", "The market runs every second Saturday.", "every second Saturday", "XXXX-WXX-6", "", "", "", TypeSet},
		{"a participle after a present auxiliary is no past", "The case is heard in March.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"going to the polls in the present is ahead", "Voters in Chile head to the polls on Sunday.", "Sunday", "2025-11-16", "", "2025-11-16", "2025-11-16", TypeDate},
		{"a head after a determiner is a noun", "The head of the agency on Sunday resigned.", "Sunday", "2025-11-09", "", "2025-11-09", "2025-11-09", TypeDate},
		{"a schedule in the present is ahead", "The law takes effect in May.", "May", "2026-05", "", "2026-05-01", "2026-05-31", TypeDate},
		{"a holiday before a name that is not its own", "On Thanksgiving Trump pardoned a turkey.", "Thanksgiving", "2024-11-28", "", "2024-11-28", "2024-11-28", TypeDate},
		{"a holiday's week", "Protesters prayed as Easter week began.", "Easter week", "2025-W16", "", "2025-04-14", "2025-04-20", TypeDate},
		{"an hour and its part of the day", "The convoy will leave at 4 in the morning on Friday.", "4 in the morning on Friday", "2025-11-14T04:00", "", "2025-11-14", "2025-11-14", TypeTime},
		{"an hour at night", "Sirens sounded at ten at night.", "ten at night", "2025-11-11T22:00", "", "2025-11-11", "2025-11-11", TypeTime},
		{"iso date with slashes", "The filing is dated 2025/11/04.", "2025/11/04", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"month with a year in two digits", "Prices peaked in Nov. '24.", "Nov. '24", "2024-11", "", "2024-11-01", "2024-11-30", TypeDate},
		{"wire copy's end of a month", "The deal closed at end-September.", "end-September", "2025-09", "END", "2025-09-21", "2025-09-30", TypeDate},
		{"wire copy's end of a year", "Rates will stay high until end-2026.", "end-2026", "2026", "END", "2026-09-01", "2026-12-31", TypeDate},
		{"black friday in a future clause", "Stores will open early on Black Friday.", "Black Friday", "2025-11-28", "", "2025-11-28", "2025-11-28", TypeDate},
		{"spoken year", "It began in nineteen ninety-six.", "nineteen ninety-six", "1996", "", "1996-01-01", "1996-12-31", TypeDate},
		{"later from reference", "The fire broke out on March 3, 2024. Two days later the mill closed.", "Two days later", "2024-03-05", "", "2024-03-05", "2024-03-05", TypeDate},
		{"following week from reference (3 March 2024 is a Sunday)", "Talks began on March 3, 2024, and collapsed the following week.", "the following week", "2024-W10", "", "2024-03-04", "2024-03-10", TypeDate},
		{"next morning from reference", "Rebels attacked on March 3, 2024. The next morning, troops arrived.", "The next morning", "2024-03-04TMO", "", "2024-03-04", "2024-03-04", TypeTime},
		{"references chain", "The dam broke on March 3, 2024. Two days later the army came. The next morning, engineers arrived.", "The next morning", "2024-03-06TMO", "", "2024-03-06", "2024-03-06", TypeTime},
		{"a year later moves the story on", "The mill was sold in June 2019. A year later it closed, and by the end of that year its owner had fled.", "that year", "2020", "", "2020-01-01", "2020-12-31", TypeDate},
		{"the day before from reference", "The dam broke on March 3, 2024. The day before, engineers had warned.", "The day before", "2024-03-02", "", "2024-03-02", "2024-03-02", TypeDate},
		{"a look back does not move the reference", "The dam broke on March 3, 2024. The day before, engineers warned. A week before, they asked for money.", "A week before", "2024-02-25", "", "2024-02-25", "2024-02-25", TypeDate},
		{"that night is the reference's", "Rebels attacked on March 3, 2024. Later that night, troops arrived.", "Later that night", "2024-03-03TNI", "", "2024-03-03", "2024-03-03", TypeTime},
		{"the day a quarter ended, set off by commas, leaves the quarter the reference", "Revenue in the third quarter, which ended Sept. 27, rose 12% from a year earlier.", "a year earlier", "2024-Q3", "", "2024-07-01", "2024-09-30", TypeDate},
		{"the quarter ending in a month ahead", "Revenue for the quarter ending in December will rise.", "the quarter", "2025-Q4", "", "2025-10-01", "2025-12-31", TypeDate},
		{"the quarter that ended in a month", "Revenue in the quarter ended in June rose.", "the quarter", "2025-Q2", "", "2025-04-01", "2025-06-30", TypeDate},
		{"the day a quarter ended leaves the quarter the reference", "Revenue for the quarter ended Sept. 30 rose 12% from a year earlier.", "a year earlier", "2024-Q3", "", "2024-07-01", "2024-09-30", TypeDate},
		{"year earlier keeps the reference's unit", "Profit rose in the third quarter from a year earlier.", "a year earlier", "2024-Q3", "", "2024-07-01", "2024-09-30", TypeDate},
		{"later without reference stays a duration", "Two days later the mill closed.", "Two days later", "P2D", "", "", "", TypeDuration},
		{"possessive weekday is past", "Lawyers will appeal Monday's ruling.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"intention makes future", "Talks are set to resume on Thursday.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"passive takes the auxiliary's tense", "A commander will be named in March.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"present reference", "Prices are now falling.", "now", "PRESENT_REF", "", "", "", TypeDate},
		{"deferred until a weekday is ahead", "Officials postponed until Thursday any decision.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"deadline until a clock time and weekday", "The court gave them until 9 a.m. Friday to sign.", "9 a.m. Friday", "2025-11-14T09:00", "", "2025-11-14", "2025-11-14", TypeTime},
		{"stayed until a weekday is past", "He stayed in the capital until Sunday.", "Sunday", "2025-11-09", "", "2025-11-09", "2025-11-09", TypeDate},
		{"pluperfect schedule is past", "The offer had been scheduled to expire at midnight Friday.", "midnight Friday", "2025-11-07T24:00", "", "2025-11-07", "2025-11-07", TypeTime},
		{"plural present of scheduled business", "The two leaders meet separately Monday in London.", "Monday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"set of weekdays", "The market opens each Thursday.", "each Thursday", "XXXX-WXX-4", "", "", "", TypeSet},
		{"what something is on a weekday lies ahead", "The vote is on Monday, officials said.", "Monday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"the past weekend is the one most recently begun", "Two boats were hit over the past weekend.", "the past weekend", "2025-W45-WE", "", "2025-11-08", "2025-11-09", TypeDate},
		{"this past week is a span", "Strikes rose this past week.", "this past week", "P1W", "", "", "", TypeDuration},
		{"what something is at a time lies ahead", "The vote is at 3 p.m. Thursday.", "3 p.m. Thursday", "2025-11-13T15:00", "", "2025-11-13", "2025-11-13", TypeTime},
		{"planned event is the nearer day", "Protesters planned a rally on Wednesday.", "Wednesday", "2025-11-12", "", "2025-11-12", "2025-11-12", TypeDate},
		{"opening weekday takes the verb after its subject", "On Thursday, the national teachers' union plans to strike.", "Thursday", "2025-11-13", "", "2025-11-13", "2025-11-13", TypeDate},
		{"opening weekday in a past sentence", "On Thursday, the national teachers' union held a strike.", "Thursday", "2025-11-06", "", "2025-11-06", "2025-11-06", TypeDate},
		{"clock with a zone aside and weekday", "The blast came at 10:35 a.m. (0735 GMT) Sunday, police said.", "10:35 a.m.", "2025-11-09T10:35", "", "2025-11-09", "2025-11-09", TypeTime},
		{"week of a day", "Hearings are set for the week of Nov. 17.", "the week of Nov. 17", "2025-W47", "", "2025-11-17", "2025-11-23", TypeDate},
		{"second day of a pair", "The summit meets on April 24 and 25 in Washington.", "25", "2026-04-25", "", "2026-04-25", "2026-04-25", TypeDate},
		{"first day of a pair takes the year after the second", "The accord was signed on May 4 and 5, 1998.", "May 4", "1998-05-04", "", "1998-05-04", "1998-05-04", TypeDate},
		{"second day of a pair with a year", "The accord was signed on May 4 and 5, 1998.", "5, 1998", "1998-05-05", "", "1998-05-05", "1998-05-05", TypeDate},
		{"decade in short", "Prices soared in the '80s.", "the '80s", "198", "", "1980-01-01", "1989-12-31", TypeDate},
		{"decade in words with a part", "It was built in the late nineties.", "the late nineties", "199", "END", "1997-01-01", "1999-12-31", TypeDate},
		{"decade of the DCT's century", "Rents have doubled in the twenties.", "the twenties", "202", "", "2020-01-01", "2029-12-31", TypeDate},
		{"half of the year", "Sales rose in the first half of the year.", "the first half of the year", "2025-H1", "", "2025-01-01", "2025-06-30", TypeDate},
		{"participle after a determiner is no past cue", "The dividend is payable on a still unspecified date in March.", "March", "2026-03", "", "2026-03-01", "2026-03-31", TypeDate},
		{"part of yesterday", "Shares fell yesterday afternoon.", "yesterday afternoon", "2025-11-10TAF", "", "2025-11-10", "2025-11-10", TypeTime},
		{"part before its day", "The shot was fired mid-afternoon yesterday.", "mid-afternoon yesterday", "2025-11-10TAF", "", "2025-11-10", "2025-11-10", TypeTime},
		{"day before a weekday", "It rained the day before last Sunday.", "the day before last Sunday", "2025-11-08", "", "2025-11-08", "2025-11-08", TypeDate},
		{"day after a date", "Markets fell the day after Nov. 4, 2025.", "the day after Nov. 4, 2025", "2025-11-05", "", "2025-11-05", "2025-11-05", TypeDate},
		{"years in a list", "Doctors were shot in 1994, 1995 and 1997.", "1995", "1995", "", "1995-01-01", "1995-12-31", TypeDate},
		{"month of a year", "The plant opened in March of 1998.", "March of 1998", "1998-03", "", "1998-03-01", "1998-03-31", TypeDate},
		{"month with a spoken year", "January nineteen ninety-seven. A second bomb went off.", "January nineteen ninety-seven", "1997-01", "", "1997-01-01", "1997-01-31", TypeDate},
		{"season of a spoken year", "It was the winter of nineteen ninety-four.", "the winter of nineteen ninety-four", "1994-WI", "", "1994-12-01", "1995-02-28", TypeDate},
		{"the year spoken", "Bonds mature in the year two thousand and two.", "the year two thousand and two", "2002", "", "2002-01-01", "2002-12-31", TypeDate},
		{"week of a month", "Talks resume in the first week of December.", "the first week of December", "2025-W49", "", "2025-12-01", "2025-12-07", TypeDate},
		{"a month's first week holds its first Thursday", "Talks resume in the first week of February 2026.", "the first week of February 2026", "2026-W06", "", "2026-02-02", "2026-02-08", TypeDate},
		{"last week of a month", "Shops close in the last week of December.", "the last week of December", "2025-W52", "", "2025-12-22", "2025-12-28", TypeDate},
		{"day of the month in a past clause", "The minister resigned on the 16th.", "the 16th", "2025-10-16", "", "2025-10-16", "2025-10-16", TypeDate},
		{"day of the month in a future clause", "The vote will be held on the 3rd.", "the 3rd", "2025-12-03", "", "2025-12-03", "2025-12-03", TypeDate},
		{"day of the month the DCT's month lacks", "The report was filed on the 31st.", "the 31st", "2025-10-31", "", "2025-10-31", "2025-10-31", TypeDate},
		{"day of the reference's month", "The dam broke on March 3, 2024. On the 5th he left.", "the 5th", "2024-03-05", "", "2024-03-05", "2024-03-05", TypeDate},
		{"span from a weekday", "The vote is two weeks from Friday.", "two weeks from Friday", "2025-11-28", "", "2025-11-28", "2025-11-28", TypeDate},
		{"span after a weekday", "The fair opens three days after Friday.", "three days after Friday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"a fortnight ago", "The deal collapsed a fortnight ago.", "a fortnight ago", "2025-W44", "", "2025-10-27", "2025-11-02", TypeDate},
		{"the past fortnight", "It rained over the past fortnight.", "the past fortnight", "P2W", "", "", "", TypeDuration},
		{"the week before last", "He resigned the week before last.", "the week before last", "2025-W44", "", "2025-10-27", "2025-11-02", TypeDate},
		{"the weekend before last", "The factory shut the weekend before last.", "the weekend before last", "2025-W44-WE", "", "2025-11-01", "2025-11-02", TypeDate},
		{"span from today", "The law takes effect a week from today.", "a week from today", "2025-11-18", "", "2025-11-18", "2025-11-18", TypeDate},
		{"a week ago on a weekday", "The ship sank a week ago Tuesday.", "a week ago Tuesday", "2025-11-04", "", "2025-11-04", "2025-11-04", TypeDate},
		{"a year ago today", "The war began two years ago today.", "two years ago today", "2023-11-11", "", "2023-11-11", "2023-11-11", TypeDate},
		{"weekday before day and month", "On Monday 10 November the king spoke.", "Monday 10 November", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"an infinitive after to is no past", "The heat wave is expected to last through Sunday.", "Sunday", "2025-11-16", "", "2025-11-16", "2025-11-16", TypeDate},
		{"a participle after remain is a state", "The plant will remain closed until at least Monday.", "Monday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"what is set for a day lies ahead", "Sentencing is set for Feb. 3, the judge said.", "Feb. 3", "2026-02-03", "", "2026-02-03", "2026-02-03", TypeDate},
		{"what was set for a day is the nearest", "The hearing was set for Feb. 3.", "Feb. 3", "2026-02-03", "", "2026-02-03", "2026-02-03", TypeDate},
		{"postponed to a day", "The hearing has been postponed to Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a present forecast is ahead", "Rain is forecast on Saturday.", "Saturday", "2025-11-15", "", "2025-11-15", "2025-11-15", TypeDate},
		{"a clause after that keeps its tense", "The agency forecast on Monday that growth would slow.", "Monday", "2025-11-10", "", "2025-11-10", "2025-11-10", TypeDate},
		{"a scheduled kick-off in the present", "The match kicks off at 3pm on Saturday.", "3pm on Saturday", "2025-11-15T15:00", "", "2025-11-15", "2025-11-15", TypeTime},
		{"british clock", "Police were called at 11.30pm.", "11.30pm", "2025-11-11T23:30", "", "2025-11-11", "2025-11-11", TypeTime},
		{"boxing day", "The match is on Boxing Day.", "Boxing Day", "2025-12-26", "", "2025-12-26", "2025-12-26", TypeDate},
		{"us holiday fixed by weekday", "Markets close on Martin Luther King Jr. Day.", "Martin Luther King Jr. Day", "2026-01-19", "", "2026-01-19", "2026-01-19", TypeDate},
		{"the season in a future clause", "The inquiry is due to report in the spring.", "the spring", "2026-SP", "", "2026-03-01", "2026-05-31", TypeDate},
		{"the season of an earlier year the narrative is in", "In the spring of 2020 the city locked down. By the autumn, cases were rising again.", "the autumn", "2020-FA", "", "2020-09-01", "2020-11-30", TypeDate},
		{"a season's part in the year the narrative is in", "The dam was built in 1968. In late summer, it flooded.", "late summer", "1968-SU", "END", "1968-06-01", "1968-08-31", TypeDate},
		{"the season in a past clause", "The firm hired staff in the winter.", "the winter", "2024-WI", "", "2024-12-01", "2025-02-28", TypeDate},
		{"a span of weekdays ends after it starts", "The road will be closed from Monday to Friday.", "Friday", "2025-11-21", "", "2025-11-21", "2025-11-21", TypeDate},
		{"since a weekday in a future clause", "The curfew, in place since Saturday, will be lifted on Wednesday.", "Saturday", "2025-11-08", "", "2025-11-08", "2025-11-08", TypeDate},
		{"since a part of the day", "Crews have been searching since early morning.", "early morning", "2025-11-11TMO", "START", "2025-11-11", "2025-11-11", TypeTime},
		{"a night into the day after it", "Fighting raged overnight Tuesday into Wednesday.", "Wednesday", "2025-11-12", "", "2025-11-12", "2025-11-12", TypeDate},
		{"the verb last after a modal", "The storm will last until Sunday.", "Sunday", "2025-11-16", "", "2025-11-16", "2025-11-16", TypeDate},
		{"the verb last after not", "The truce may not last beyond Sunday.", "Sunday", "2025-11-16", "", "2025-11-16", "2025-11-16", TypeDate},
		{"months that make a quarter", "GDP grew 7.8% in the April-June quarter.", "the April-June quarter", "2025-Q2", "", "2025-04-01", "2025-06-30", TypeDate},
		{"the current fiscal year takes its article", "The firm gave no forecast for the current fiscal year.", "the current fiscal year", "2025", "", "2025-01-01", "2025-12-31", TypeDate},
		{"a part of a fiscal year", "The plants will close by the end of fiscal 2027.", "the end of fiscal 2027", "2027", "END", "2027-09-01", "2027-12-31", TypeDate},
		{"months joined by a dash that make a quarter", "GDP grew 2.3% in April-June.", "April-June", "2025-Q2", "", "2025-04-01", "2025-06-30", TypeDate},
		{"months joined by a dash that make no quarter", "Sales fell in May-June.", "May", "2025-05", "", "2025-05-01", "2025-05-31", TypeDate},
		{"at present", "At present, 30 people are in hospital.", "present", "PRESENT_REF", "", "", "", TypeDate},
		{"a century", "The law, in place for nearly a century, was repealed.", "nearly a century", "P100Y", "APPROX", "", "", TypeDuration},
		{"half a century", "The feud lasted half a century.", "half a century", "P50Y", "", "", "", TypeDuration},
		{"half an hour", "The fire spread within half an hour.", "half an hour", "PT30M", "", "", "", TypeDuration},
		{"more than half a day", "The talks took more than half a day.", "more than half a day", "PT12H", "MORE_THAN", "", "", TypeDuration},
		{"a quarter of an hour", "He waited a quarter of an hour.", "a quarter of an hour", "PT15M", "", "", "", TypeDuration},
		{"a half-century", "Their rivalry lasted a half-century.", "a half-century", "P50Y", "", "", "", TypeDuration},
		{"a count of times is a rate", "The group has met twice a month since 2020.", "a month", "P1M", "", "", "", TypeSet},
		{"may looks ahead", "The talks may resume on Monday.", "Monday", "2025-11-17", "", "2025-11-17", "2025-11-17", TypeDate},
		{"day, short month and year with hyphens", "Published 12-Nov-2025 by staff.", "12-Nov-2025", "2025-11-12", "", "2025-11-12", "2025-11-12", TypeDate},
		{"short weekday before a date", "Posted Wed 12 Nov 2025 at noon.", "Wed 12 Nov 2025", "2025-11-12", "", "2025-11-12", "2025-11-12", TypeDate},
		{"a range's year is written after its end", "The port ran at half capacity from May 3 to July 9, 2024.", "May 3", "2024-05-03", "", "2024-05-03", "2024-05-03", TypeDate},
		{"a range across new year", "The strike ran from Dec. 28 to Jan. 3, 2025.", "Dec. 28", "2024-12-28", "", "2024-12-28", "2024-12-28", TypeDate},
		{"a range without a year runs forward", "The report covers the period from January to June.", "January", "2025-01", "", "2025-01-01", "2025-01-31", TypeDate},
		{"May at the end of a range of months", "The works ran from March to May.", "May", "2025-05", "", "2025-05-01", "2025-05-31", TypeDate},
		{"a range without a year across new year", "The exhibition runs from December to February.", "December", "2025-12", "", "2025-12-01", "2025-12-31", TypeDate},
		{"a range of months", "Prices rose between early May and July 2024.", "early May", "2024-05", "START", "2024-05-01", "2024-05-10", TypeDate},
		{"a season across the turn of the year", "The town flooded in the winter of 2019-20.", "the winter of 2019-20", "2019-WI", "", "2019-12-01", "2020-02-29", TypeDate},
		{"a month's last weekday", "The vote takes place on the last Thursday of the month.", "the last Thursday of the month", "2025-11-27", "", "2025-11-27", "2025-11-27", TypeDate},
		{"a named month's nth weekday", "The race is held on the first Sunday in March.", "the first Sunday in March", "2026-03-01", "", "2026-03-01", "2026-03-01", TypeDate},
		{"a release in the present is ahead", "The band's new album comes out on Friday.", "Friday", "2025-11-14", "", "2025-11-14", "2025-11-14", TypeDate},
		{"a day early is no rate", "The firm reported its results a day early.", "a day", "P1D", "", "", "", TypeDuration},
		{"spoken year after and", "It opens in two thousand and one.", "two thousand and one", "2001", "", "2001-01-01", "2001-12-31", TypeDate},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			es := Tag(tt.text, tue11Nov2025)
			require.NotEmpty(t, es, "no expression found")
			var e *Expression
			for i := range es {
				if es[i].Text == tt.want {
					e = &es[i]
				}
			}
			require.NotNil(t, e, "want %q among %+v", tt.want, es)
			assert.Equal(t, tt.typ, e.Type)
			assert.Equal(t, tt.value, e.Value)
			assert.Equal(t, tt.mod, e.Mod)
			assert.Equal(t, tt.first, dayOrEmpty(e.First), "first day")
			assert.Equal(t, tt.last, dayOrEmpty(e.Last), "last day")
			assert.Equal(t, tt.want, tt.text[e.Start:e.End], "span")
		})
	}
}

func dayOrEmpty(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format("2006-01-02")
}

// TestNamedDaysAreNotDates checks that a weekday or holiday inside a name
// is not dated, while the same words outside one are.
func TestNamedDaysAreNotDates(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Crowds marked Bloody Sunday.", ""},
		{"Stocks crashed on Black Monday.", ""},
		{"She swept Super Tuesday.", ""},
		{"He flew to Easter Island.", ""},
		{"Shops close over the Christmas holidays.", ""},
		{"The Good Friday Agreement holds.", ""},
		{"It was a good Friday for stocks.", "Friday"},
		{"She appeared on Saturday Night Live.", ""},
		{"The Summer Olympics open in 2028.", "2028"},
		{"The chancellor gave the Autumn Statement.", ""},
		{"It rained on Saturday night.", "Saturday night"},
	} {
		var got []string
		for _, e := range Tag(tc.text, tue11Nov2025) {
			got = append(got, e.Text)
		}
		assert.Equal(t, tc.want, strings.Join(got, "|"), tc.text)
	}
}

func TestTagIgnores(t *testing.T) {
	for _, text := range []string{
		"You may leave if you march quickly.",
		"He stayed in an overnight shelter.",
		"They could leave ``as soon as the threats end.",
		"February 30, 2025 is not a day.",
		"She won three quarters of the vote.",
		"The wall stood two thousand years.",
		"Two thousand and fifty people joined the March for Life.",
		"Between April 24 and 25 people were hurt.",
		"Saka pulled one back early in the second half, and Foden struck in stoppage time.",
		"On April 24 and 4,000 more on May 1.",
		"He scored in the first half of the match.",
		"It flooded over the past three summers.",
		"The 2024 year was hot.",
		"After the fall of Kabul, aid stopped, and the fall in prices hurt.",
		"April Ryan asked a question.",
		"Johnson wrote to May, and May replied.",
		"He left the day before the vote.",
		"He lives on the 16th floor, and rent is due on the 1st of each month.",
		"A quarter-century later the dam broke, half a century ago.",
		"The H1 of the ship sank.",
		"The vote failed two Fridays ago.",
		"The score was 21:14 at the break, and 3 GMT is no time. They won 21:14 to 18:12.",
		"It ended 21:14 - a record.",
		"The ship carried 1,999 sailors, $2025 in cash, 2025.5 tonnes and a 6-year-old boy.",
		"The blast came at 10:35 a.m. (0735 GMT), FYI.",
		"The blast came at 3:30 p.m. local time (1930 GMT).",
		"It was a weeks-long campaign.",
		"It is the third cut in as many months.",
		"He was the only one in the morning session.",
		"The code 2025/11-04 is mixed.",
		"The summit backed Vision 2030 and a venture called Orion 1980.",
		"The Sunday Times said the Good Friday Agreement holds.",
		`Baker, speaking on ABC's "This Week," said the request stood, and on “Next Year” too.`,
		"She became a star almost overnight, and it will not change overnight.",
		"An overnight stay costs $90. Fighting raged overnight Tuesday, and homes flooded overnight on Monday.",
		"He said '25 percent' was fine.",
		"She led the March of the Living.",
		"They bought a mid-century house.",
		"The opener is set for the weekend of Sept. 6-7.",
		"The council voted 12-3 May 9.",
		"He spoke in the morning session.",
		"The Fed cut rates by a quarter point and holds a quarter stake.",
		"Sales rose in the final quarter.",
		"",
	} {
		for _, e := range Tag(text, tue11Nov2025) {
			assert.NotContains(t, []string{"May", "march", "February 30, 2025", "1,999", "999", "$2025", "2025.5", "6-year", "three quarters", "two thousand", "Two thousand", "March", "March for L", "25", "4", "the first half", "the second half", "the 16th", "the 1st", "A quarter", "A quarter-century", "half a century", "H1", "Fridays", "0735 GMT", "1930", "FYI", "a weeks", "many months", "one in the morning", "2025/11-04", "2030", "1980", "Sunday", "Friday", "This Week", "Next Year", "overnight", "'25", "the weekend", "12", "the morning", "a quarter", "18:12", "21:14", "the final quarter", "soon"}, e.Text, "in %q", text)
			assert.NotEqual(t, "2025-02-30", e.Value)
		}
	}
}

// TestQuarterWithoutYear checks the year of a quarter named alone, written
// early in the year: a past quarter and a reported one are last year's, a
// coming one this year's.
// TestTagInJanuary checks what is named without a year early in one:
// quarters, months and winters whose nearest is of the year before.
func TestTagInJanuary(t *testing.T) {
	mon12Jan2026 := time.Date(2026, 1, 12, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want, value string }{
		{"In the fourth quarter, revenue climbed 12%.", "the fourth quarter", "2025-Q4"},
		{"The company will report fourth-quarter results on Feb. 5.", "fourth-quarter", "2025-Q4"},
		{"The plant will open in the fourth quarter.", "the fourth quarter", "2026-Q4"},
		{"Sales for the first quarter are due in April.", "the first quarter", "2026-Q1"},
		{"The plant will reopen in December.", "December", "2026-12"},
		{"Talks are expected to resume in December.", "December", "2026-12"},
		{"The festival returns in December.", "December", "2026-12"},
		{"The report, which was expected in December, has been delayed.", "December", "2025-12"},
		{"Sales fell in December.", "December", "2025-12"},
		{"This winter has been mild.", "This winter", "2025-WI"},
		{"Last winter was harsh.", "Last winter", "2024-WI"},
		{"Next winter will be colder.", "Next winter", "2026-WI"},
	} {
		assert.Equal(t, []string{tc.value}, valuesOf(tc.text, tc.want, mon12Jan2026), tc.text)
	}
}

// TestTagOnAFriday checks what the end of the week changes: "this
// weekend" is the coming one whatever the tense.
func TestTagOnAFriday(t *testing.T) {
	fri21Nov2025 := time.Date(2025, 11, 21, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want, value string }{
		{"A strike that would have halted services this weekend was called off.", "this weekend", "2025-W47-WE"},
		{"Services will run this weekend.", "this weekend", "2025-W47-WE"},
		{"Protests spread over the weekend.", "the weekend", "2025-W46-WE"},
		{"Rail operator warns of disruption at the weekend", "the weekend", "2025-W47-WE"},
		{"Two boats were hit last weekend.", "last weekend", "2025-W46-WE"},
	} {
		assert.Equal(t, []string{tc.value}, valuesOf(tc.text, tc.want, fri21Nov2025), tc.text)
	}
}

// TestTagOnASunday checks what the last day of the ISO week changes: what
// will happen "this week" or "over the weekend" is of the week ahead.
func TestTagOnASunday(t *testing.T) {
	sun20Jul2025 := time.Date(2025, 7, 20, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want, value string }{
		{"Pools will stay open late every day this week.", "this week", "2025-W30"},
		{"Prices rose this week.", "this week", "2025-W29"},
		{"Temperatures could climb again over the weekend.", "the weekend", "2025-W30-WE"},
		{"The heat eased over the weekend.", "the weekend", "2025-W29-WE"},
	} {
		assert.Equal(t, []string{tc.value}, valuesOf(tc.text, tc.want, sun20Jul2025), tc.text)
	}
}

// TestTagOnASaturday checks the first day of a weekend: what happened
// "over the weekend" is of the last one.
func TestTagOnASaturday(t *testing.T) {
	sat15Nov2025 := time.Date(2025, 11, 15, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want, value string }{
		{"The minister, who stepped down over the weekend, said she would stay.", "the weekend", "2025-W45-WE"},
		{"Services will run over the weekend.", "the weekend", "2025-W46-WE"},
	} {
		assert.Equal(t, []string{tc.value}, valuesOf(tc.text, tc.want, sat15Nov2025), tc.text)
	}
}

// TestTagNearAHoliday checks a holiday a day away: looked forward to, it
// is the one at hand whatever the tense; a past act on it was last year's.
func TestTagNearAHoliday(t *testing.T) {
	wed26Nov2025 := time.Date(2025, 11, 26, 0, 0, 0, 0, time.UTC)
	for _, tc := range []struct{ text, want, value string }{
		{"A storm dumped snow on Wednesday, the day before Thanksgiving.", "the day before Thanksgiving", "2025-11-26"},
		{"Airlines cancelled flights ahead of Thanksgiving.", "Thanksgiving", "2025-11-27"},
		{"Shoppers flocked to stores on Black Friday.", "Black Friday", "2024-11-29"},
	} {
		assert.Equal(t, []string{tc.value}, valuesOf(tc.text, tc.want, wed26Nov2025), tc.text)
	}
}

// valuesOf is the value of every expression tagged in text whose text is
// want.
func valuesOf(text, want string, dct time.Time) []string {
	var values []string
	for _, e := range Tag(text, dct) {
		if e.Text == want {
			values = append(values, e.Value)
		}
	}
	return values
}

// TestOpenSpanGranularity checks the unit an open span "ago" is bounded
// by, which the timeline's label is written in.
func TestOpenSpanGranularity(t *testing.T) {
	for _, tc := range []struct {
		text string
		want Granularity
	}{
		{"It happened less than a fortnight ago.", GranDay},
		{"It happened more than two weeks ago.", GranDay},
		{"It happened two weeks ago.", GranWeek},
		{"It happened more than a decade ago.", GranYear},
		{"It happened more than a month ago.", GranMonth},
	} {
		es := Tag(tc.text, tue11Nov2025)
		if assert.Len(t, es, 1, tc.text) {
			assert.Equal(t, tc.want, es[0].Granularity, tc.text)
		}
	}
}

func TestTagWithoutDCTLeavesRelativeUnresolved(t *testing.T) {
	es := Tag("He spoke on Tuesday, last month.", time.Time{})
	require.Len(t, es, 2)
	for _, e := range es {
		assert.False(t, e.Anchored(), "%q must not get a calendar date without a DCT", e.Text)
	}
	assert.Equal(t, "XXXX-WXX-2", es[0].Value)
}

func TestTagRejectsInvalidUTF8(t *testing.T) {
	assert.Empty(t, Tag("On Tuesday \xff\xfe he left.", tue11Nov2025))
}

func FuzzTag(f *testing.F) {
	for _, seed := range []string{
		"On Tuesday, Nov. 11, 2025, more than a month ago, early September.",
		"As this week got underway, the 1990s, 3 p.m., 31/12/2025, 2025-02-29",
		"last last last month ago ago",
		"On March 31, 2024. On the 30th, the last week of February, two weeks from Sunday.",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		prevEnd := 0
		for _, e := range Tag(text, tue11Nov2025) {
			if e.Start < prevEnd || e.End <= e.Start || e.End > len(text) {
				t.Fatalf("bad span [%d,%d) after %d in %q", e.Start, e.End, prevEnd, text)
			}
			if text[e.Start:e.End] != e.Text {
				t.Fatalf("span text %q != %q", text[e.Start:e.End], e.Text)
			}
			if !utf8.ValidString(e.Text) {
				t.Fatalf("invalid UTF-8 in %q", e.Text)
			}
			if !e.First.IsZero() && !e.Last.IsZero() && e.Last.Before(e.First) {
				t.Fatalf("interval ends before it starts: %+v", e)
			}
			prevEnd = e.End
		}
	})
}
