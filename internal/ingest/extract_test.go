package ingest

import (
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/throughline-news/throughline/internal/timeline"
)

// wed12Mar2025 is a Wednesday.
var wed12Mar2025 = time.Date(2025, 3, 12, 0, 0, 0, 0, time.UTC)

func TestHeadline(t *testing.T) {
	tests := []struct{ clause, want string }{
		{"Interior Minister Dana Okafor denied reports that the port had closed", "Okafor denies reports that the port closed"},
		{"The harbour authority has suspended all sailings", "The harbour authority suspends all sailings"},
		{"The judge said the firm had shown contempt for the law", "The judge says the firm showed contempt for the law"},
		{"Firefighters battled the blaze", "Firefighters battle the blaze"},
		{"The S&P 500 gained 0.7% by midday", "The S&P 500 gains 0.7% by midday"},
		{"The storm weakened and moved north", "The storm weakens and moves north"},
		{"Lowden will be sentenced and was granted bail until then", "Lowden will be sentenced"},
		{"The gunmen fled", "The gunmen flee"},
		{"The group, which represents tech firms, filed suit,", "The group files suit"},
		{"The 19th named storm of the season hit the coast", "The 19th named storm of the season hits the coast"},
		{"The ninth named storm of the season hit the coast", "The ninth named storm of the season hits the coast"},
		{"Rising costs, including a new tax, would add £25m", "Rising costs will add £25m"},
		{"The defeat, in which two players were sent off, proved to be his last game", "The defeat proves to be his last game"},
		{"In the race, the Labour candidate, Ann Lee, who backs the plan, has moved quickly to attack her rival,", "Ann Lee moves quickly to attack her rival"},
		{"A meeting between the mayor and the union leaders was expected", "A meeting between the mayor and the union leaders is expected"},
		{"a spokesman for Prime Minister Lena Holt told reporters", "Holt's spokesman tells reporters"},
		{"The mayor will visit the site", "The mayor will visit the site"},
		{"The council said it would reopen the road", "The council says it will reopen the road"},
		{"Marsh conceded defeat and said she would step down", "Marsh concedes defeat"},
		{"Marsh lost and said she would step down", "Marsh loses"},
		{"The council said it would have reopened the road", "The council says it would have reopened the road"},
		{"The regulator said it was investigating the firm", "The regulator says it is investigating the firm"},
		{"The regulator said it was investigating.", "The regulator says it is investigating"},
		{"The regulator said that was wrong", "The regulator says that was wrong"},
		{"The regulator said the firms were cooperating", "The regulator says the firms are cooperating"},
		{"The regulator said the firm had been fined", "The regulator says the firm was fined"},
		{"The regulator said the firms had been talking", "The regulator says the firms had been talking"},
		{"The father said he would go if they paid", "The father says he would go if they paid"},
		{"The mayor said “we would never close it”", "The mayor says “we would never close it”"},
		{"Police Chief Ari Stone, the city's top officer, resigned", "Stone resigns"},
		{"A buried rifle was found near the house", "A buried rifle is found near the house"},
		{"In his debate against the mayor, Ortiz attacked him", "Ortiz attacks him"},
		{"The board completed the sale", "The board completes the sale"},
		{"The army controlled the pass", "The army controls the pass"},
		{"The agency put the suspect on its list", "The agency puts the suspect on its list"},
		{"This was the third fire", "This is the third fire"},
		{"The governor declared an emergency and said troops would deploy", "The governor declares an emergency"},
		{"The death toll in the blast, initially 10, has risen to 12", "The death toll in the blast rises to 12"},
		{"The killing of Dana Okafor, who ran the port, has become an issue", "The killing of Dana Okafor becomes an issue"},
		{"The strikes, which began in early March,", "The strikes begin in early March"},
		{"Ada Holt flew on what was a test flight", "Ada Holt flies on what was a test flight"},
		{"Hours after the rates took effect, the president paused them", "The president pauses them"},
		{"According to press reports, Ana Ruiz, the oldest sister, was the first to leave", "Ana Ruiz is the first to leave"},
		{"A nurse who was critically injured in the blast", "A nurse is critically injured in the blast"},
		{"The commander of the fleet, Admiral Ari Stone, offered to resign", "Stone offers to resign"},
		{"The agency listed the fugitive and accused killer Ari Stone", "The agency lists the fugitive and accused killer Ari Stone"},
		{"Two of the mayor's cousins sought support", "Two of the mayor's cousins seek support"},
		{"Ari de Stone, 49, was charged", "Ari de Stone is charged"},
		{"A feud that has divided the family and may be settled", "A feud divides the family"},
		{"Including the blast that killed one person", "The blast kills one person"},
		{"follows an investigation that began after complaints", "An investigation begins after complaints"},
		{"Officials praised the nurses", "Officials praise the nurses"},
		{"Ari Stone, an embittered former employee, fired the shots", "Ari Stone fires the shots"},
		{"A memorial service planned at the town hall was canceled", "A memorial service planned at the town hall is canceled"},
		{"The man arrested was released", "The man arrested is released"},
		{"The crew were flown to Ankara and landed", "The crew are flown to Ankara and land"},
		{"A deal was agreed in principle but nearly collapsed two weeks later", "A deal is agreed in principle"},
		{"The bill passed the house but was blocked in the senate", "The bill passes the house"},
		{"He led a small but dedicated group of volunteers", "He leads a small but dedicated group of volunteers"},
		{"He was found guilty and sentenced to six years", "He is found guilty and sentenced to six years"},
		{"The tests carried out showed no damage", "The tests carried out show no damage"},
		{"A truce agreed in principle collapsed", "A truce agreed in principle collapses"},
		{"Officials said the port was closed", "Officials say the port was closed"},
		{"they obtained a warrant", "They obtain a warrant"},
		{"The company, which reports full-year results", "The company reports full-year results"},
		{"The duties, which take effect", "The duties take effect"},
		{"The rule, which officials say will cut costs, took effect", "The rule takes effect"},
		{"The council, which usually meets in the town hall, voted", "The council votes"},
		{"A three-day strike cut output", "A three-day strike cuts output"},
	}
	for _, tt := range tests {
		h, ok := parseHeadline(tt.clause)
		if assert.True(t, ok, tt.clause) {
			assert.Equal(t, tt.want, h.title)
		}
	}
	_, ok := parseHeadline("In the afternoon")
	assert.False(t, ok, "no verb, no headline")
	// A clause cut from its subject has none to build on.
	for _, clause := range []string{"Said Ari Stone, the director", "Who is from Kessling, was charged",
		"Just back from the market, was cooking", "'s debate against the mayor, he attacked", "A buried rifle", "We'll be back", "He's expected to meet the minister",
		"Traders now see an 85% chance of a quarter-point cut"} {
		_, ok := parseHeadline(clause)
		assert.False(t, ok, clause)
	}
}

func TestClauseOf(t *testing.T) {
	tests := []struct{ sentence, date, want string }{
		{"The strikes, which began in early March, have killed 12 people.", "early March", "The strikes, which began in early March,"},
		{"Dana Okafor, the interior minister, said on Monday that the port would reopen.", "Monday", "Dana Okafor, the interior minister, said on Monday that the port would reopen."},
		{"After the fire spread on Monday, the authority closed the port.", "Monday", "After the fire spread on Monday,"},
		{"Ari Stone, 49, was charged in 1997 with fraud.", "1997", "Ari Stone, 49, was charged in 1997 with fraud."},
		{"Bombs at the embassies in Kessling, Norland, and Arlo, Vesta, on Aug. 7 killed 20 people.", "Aug. 7", "Bombs at the embassies in Kessling, Norland, and Arlo, Vesta, on Aug. 7 killed 20 people."},
		{"An outage in May 2021 took down Lantern, Porchlight and Beacon for hours.", "May 2021", "An outage in May 2021 took down Lantern, Porchlight and Beacon for hours."},
		{"The storm on Monday hit Leeds, days after floods and landslides.", "Monday", "The storm on Monday hit Leeds,"},
		{"Crowds on Friday marched to the embassy, waving flags and chanting.", "Friday", "Crowds on Friday marched to the embassy,"},
		{"Aid on Friday reached Arlo, bringing bedding and food.", "Friday", "Aid on Friday reached Arlo,"},
		{"Aid on Friday brought clothing, bedding and food.", "Friday", "Aid on Friday brought clothing, bedding and food."},
		{"Police on Monday arrested him, and officials charged him on Tuesday.", "Monday", "Police on Monday arrested him,"},
		{"Relatives may appeal to the panel that issued Thursday's ruling.", "Thursday", "Relatives may appeal to the panel that issued Thursday's ruling."},
		{"Relatives may appeal before the panel that issued Thursday's ruling.", "Thursday", "before the panel that issued Thursday's ruling."},
	}
	for _, tt := range tests {
		start := indexOf(tt.sentence, tt.date)
		c := clauseOf(tt.sentence, start, start+len(tt.date))
		assert.Equal(t, tt.want, tt.sentence[c.Start:c.End])
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	panic(sub)
}

func build(t *testing.T, articles ...Article) []timeline.Event {
	t.Helper()
	return Build(articles).Events
}

func TestExtractionTraps(t *testing.T) {
	tests := []struct {
		name string
		text string
		want []string // titles, in order
	}{
		{"what 'more than' compares with dates nothing", "That is 1.6 million more than last year.", nil},
		{"'more than' before a count is a hedge", "The train was stuck in the tunnel for more than five hours on Tuesday night.", []string{"The train is stuck in the tunnel for more than five hours"}},
		{"what a level is set below or above dates nothing", "Voters went to the polls on Wednesday in a tight race.\n\nPolls opened at 7 a.m. and will close at 5 p.m.\n\nTurnout stood at 52% by 3 p.m., the council said, slightly below the 2021 election.",
			[]string{"Voters go to the polls in a tight race", "Polls open", "Turnout stands at 52%", "Polls will close"}},
		{"a date after a level a price fell below is the fall's", "Oil fell below $60 in March.", []string{"Oil falls below $60"}},
		{"span bound is no event date", "It was the 19th fire since early January, officials said.", nil},
		{"a year ending a gerund of reason dates that act, not the clause's", "Residents criticised the council for cutting flood defence spending in 2023.", nil},
		{"a day ending a gerund of reason may be the clause's", "Police arrested him for speeding on Monday.", []string{"Police arrest him for speeding"}},
		{"a relative after a name and an age tells of the name", "Porter, 58, who was first elected in 2017 and re-elected last year, said she had done nothing wrong.", []string{"Porter is elected", "Porter is re-elected"}},
		{"an object relative's noun goes after its verb, before the phrase that follows", "Her deputy will serve until a special election, which the council is expected to schedule at its meeting on Thursday.",
			[]string{"The council is expected to schedule a special election at its meeting"}},
		{"what is reported goes on past an aside of examples to its verb", "The retailer warned in November that its costs, including a tax that took effect in April, would rise by £25m.", []string{"The retailer warns its costs will rise by £25m"}},
		{"a present participle's phrase on a bare noun tells of that noun", "The firm appealed, citing errors made by the regulator in May.", []string{"Errors are made by the regulator"}},
		{"a participle's phrase on the object of a report dates its noun", "The company said on Tuesday it would delay the launch, citing faults found during a test flight in August.", []string{"The company says it will delay the launch"}},
		{"a relative on a bare noun after a preposition tells of that noun", "The union says wages have not kept pace with inflation, which peaked at 9.8% in March 2023.", []string{"Inflation peaks at 9.8%"}},
		{"a second predicate that says dates what it reports", "Mayor Ana Ruiz ordered the road shut and said she would reopen it on Friday.", []string{"Ruiz will reopen it"}},
		{"'she' is the name past a participle describing the noun the sentence before opened with", "The dismissed minister, Clara Wendt, accused him of lying. “He planned this,” she said on Monday.",
			[]string{"Clara Wendt says “He planned this”"}},
		{"the period a date ends goes with it", "Sales fell 3.2% in the six weeks to Jan. 4, the retailer said.", []string{"Sales fall 3.2%"}},
		{"a period that is only a length is dated by its end", "Revenue rose 8% in the three months ended Sept. 30.", []string{"Revenue rises 8%"}},
		{"'she' is the surname of the name that opened the sentence before, past its relative", "Chief Executive Ana Ruiz, who took over in 2023, said the cuts were painful. She will present a new plan to investors on Friday.",
			[]string{"Ruiz takes over", "Ruiz will present a new plan to investors"}},
		{"a holiday modifying a noun is its season, no day", "The chain said on Tuesday it would close 40 stores after a weak Christmas trading period hurt sales.", []string{"The chain says it will close 40 stores"}},
		{"a surname ending in s the story names in full is one person", "Sen. Ann Jones spoke on Monday. Jones signed the bill on Tuesday.", []string{"Jones speaks", "Jones signs the bill"}},
		{"a plural after a date or a sentence's end is no surname", "Protesters marched on Monday. Officials said on Tuesday that the port was shut.", []string{"Protesters march", "Officials say the port was shut"}},
		{"a later act joined by 'and then' is not dated", "The minister met protesters on Tuesday and then flew to Brussels.", []string{"The minister meets protesters"}},
		{"a lead's news told as a later act is not dated by the act before it", "A man has been charged with attempted murder after a woman was stabbed.\n\nThe man was arrested at 4am on Tuesday and has since been charged.",
			[]string{"The man is arrested", "A man is charged with attempted murder"}},
		{"verbless lead-in dates its own noun", "Following the closure of the port on Monday, traders protested outside the council.", nil},
		{"reporting process is no event", "The ministry did not respond to a request for comment on Tuesday.", nil},
		{"a lead with only a duration reports news", "A water firm has been fined £90m for dumping sewage over a seven-year period.", []string{"A water firm is fined £90m for dumping sewage over a seven-year period"}},
		{"background over the past years is no event", "The port has handled most of the region's grain for the past decade.", nil},
		{"background is no event", "For years, the port has handled most of the region's grain.", nil},
		{"attribution yields its content", "The port will stay closed until April, two officials told reporters on Tuesday.", []string{"The port will stay closed until April"}},
		{"a date after a copula stays in the title", "The hearing is on Friday, lawyers for the port said.", []string{"The hearing is on Friday"}},
		{"a report is an attribution", "The port authority expelled three inspectors last month, a newspaper reported on Friday.", []string{"The port authority expels three inspectors"}},
		{"a hedge before the date goes with it", "On March 3 the driver was hit. Just over an hour later, he was declared dead at the hospital.",
			[]string{"The driver is hit", "The driver is declared dead at the hospital"}},
		{"'earlier' goes with the date", "Earlier Monday, lawyers filed a petition.", []string{"Lawyers file a petition"}},
		{"a closing quotation mark does not open the title", "``We will rebuild,'' the mayor said on Monday.", []string{"The mayor says"}},
		{"a second clause dated to another day", "Rescue teams on Wednesday searched the river after a dam collapsed late Monday.",
			[]string{"A dam collapses", "Rescue teams search the river"}},
		{"a date that is the subject stays", "Today is a sad day for the city, the mayor said.", []string{"Today is a sad day for the city"}},
		{"a date after 'of' stays", "He spent part of Sunday night in the square.", []string{"He spends part of Sunday night in the square"}},
		{"a quotation first, then who said it", "“We'll be back tomorrow,” the mayor said.", []string{"The mayor says “We'll be back”"}},
		{"a quotation first, then said and who", "“The port is shut,” said Ana Ruiz, the harbour master, on Monday.", []string{"Ana Ruiz says “The port is shut”"}},
		{"a possessive date stays in the title", "The bill came up in Monday's debate in the council.", []string{"The bill comes up in Monday's debate in the council"}},
		{"a range stays whole in the title", "The port shed 300 jobs between December 2023 and February 2024, officials said.", []string{"The port sheds 300 jobs between December 2023 and February 2024"}},
		{"a range ending in the date stays whole", "The port ran at half capacity from May to July.", []string{"The port runs at half capacity from May to July"}},
		{"a verb's particle is no date's preposition", "Its new harbour master, Ana Ruiz, took over in July.", []string{"Ana Ruiz takes over"}},
		{"a court's ruling is an attribution", "The port owner has lost its appeal, the tribunal ruled on Tuesday.", []string{"The port owner loses its appeal"}},
		{"a range's second date before a 'when' clause stays in the range", "Prosecutors said the mayor took payments between 2016 and 2019, when he stepped down.", []string{"The mayor takes payments between 2016 and 2019"}},
		{"a span's bound before a 'when' clause of an event dates that event", "The party had governed since 2009, when it ousted a coalition.", []string{"The party ousts a coalition"}},
		{"a 'when' clause of a state after the date leaves it to the main clause", "She joined the firm in 2010, when it had 50 staff.", []string{"She joins the firm"}},
		{"a verb of saying with an indefinite object names what was done", "Unions said they had not been consulted and called a meeting for Thursday.", []string{"Unions call a meeting"}},
		{"a second predicate after a reported state is the speaker's", "Judge Helen Ward said the delay was regrettable and adjourned the case on Friday.", []string{"Ward adjourns the case"}},
		{"a second predicate with a modal after a report shares the speaker", "The agency said it was monitoring the situation and would meet union leaders next week.", []string{"The agency will meet union leaders"}},
		{"a phrase on 'before' that ends the sentence is its clause's", "Rebels said they would vote against the budget when it comes before Parliament on Dec. 10.", []string{"Rebels will vote against the budget when it comes before Parliament"}},
		{"a phrase on 'after' that ends the sentence is its clause's", "He resigned after the election in May.", []string{"He resigns after the election"}},
		{"a phrase on 'since' that ends the sentence dates a state", "The party has been in turmoil since the election in May.", nil},
		{"a relative clause of an event set off by commas is an event of its own, dated by a month", "Carver, who became leader in September last year, told reporters on Tuesday that she would stay.", []string{"Carver becomes leader", "Carver tells reporters that she will stay"}},
		{"a passive relative clause of an event is an event of its own", "The firm, which was founded in 2010, said on Monday it would cut 300 jobs.", []string{"The firm is founded", "The firm says it will cut 300 jobs"}},
		{"a passive relative clause with its date right after the participle", "The chief executive, who was appointed last year, apologised on Monday.", []string{"The chief executive is appointed", "The chief executive apologises"}},
		{"a relative clause of a state dated by a year is no event", "The firm, which was profitable in 2010, said on Monday it would cut 300 jobs.", []string{"The firm says it will cut 300 jobs"}},
		{"a second predicate with a bare noun and a preposition takes the present", "The province declared an emergency late Tuesday and requested help from its neighbours.", []string{"The province declares an emergency and requests help from its neighbours"}},
		{"a participle of starting before the date's preposition goes with it", "The governor announced three days of mourning starting on Friday.", []string{"The governor announces three days of mourning"}},
		{"a clause of time with an event is an event of its own, dated by a year", "He returned to the club on Friday, a year after he was sacked in 2024.", []string{"He is sacked", "He returns to the club"}},
		{"a clause of time that the main clause's news happened in stays one event", "Refugees began returning on Monday to towns they fled when the war began in 2022.", []string{"Refugees begin returning to towns they fled"}},
		{"a clause of time whose date's phrase is another verb's is no event", "Officials confirmed 17 cases on Friday, bringing the total since the outbreak began in May to 214.", []string{"Officials confirm 17 cases"}},
		{"a participle's aside opened by 'after' leaves the title", "The ceasefire, agreed after fighting broke out in March, collapsed on Monday.", []string{"Fighting breaks out", "The ceasefire collapses"}},
		{"a pair of dates set off by commas leaves the title", "A previous round of strikes, in June and July, cost the firm £300m.", []string{"A previous round of strikes costs the firm £300m"}},
		{"a date after 'into' bounds a span and dates nothing", "The talks could drag on into next week, officials said.", nil},
		{"a pronoun subject is named by the clause before", "The council last took such a step in 1994, when it suspended a treasurer.", []string{"The council suspends a treasurer"}},
		{"a pronoun subject is named by the nearest subject", "The tribunal said the regulator had acted lawfully when it fined the airline in October.", []string{"The regulator fines the airline"}},
		{"a calendar date naming a noun leaves the clause to another date", "The Jan. 6 committee met on Tuesday to hear new testimony.", []string{"The Jan. 6 committee meets to hear new testimony"}},
		{"a calendar date naming a noun after the verb", "Ana Ruiz was charged last year in the May 2019 killing of a guard.", []string{"Ana Ruiz is charged in the May 2019 killing of a guard"}},
		{"a calendar date naming a noun alone in its clause dates it", "He was injured in the January 1998 bombing.", []string{"He is injured in the bombing"}},
		{"shortly after a time is a point, not a bound", "According to police, the suspect fled the scene shortly after 11 p.m. on Saturday.", []string{"The suspect flees the scene"}},
		{"after a time alone is a bound", "The port has been closed after 6 p.m. since Saturday.", nil},
		{"a clock's time in another zone and its day go with it", "The strike began at 3:30 p.m. (1930 GMT) on Tuesday, killing four people.", []string{"The strike begins"}},
		{"a pronoun that does not agree stays", "Stone has eluded the police since they obtained a warrant on Monday.", []string{"They obtain a warrant"}},
		{"a second predicate after 'and was'", "Stone pleaded not guilty on Monday and was released on bail.", []string{"Stone pleads not guilty"}},
		{"an adverb before the participle", "Stone, who was first elected in 2017, has denied wrongdoing.", []string{"Stone is elected"}},
		{"'starting' goes with the date", "Ana Ruiz will serve as acting mayor starting Monday.", []string{"Ana Ruiz will serve as acting mayor"}},
		{"a range that opens the clause goes", "Prosecutors allege that between 2021 and 2024 Stone steered contracts to a friend.", []string{"Stone steers contracts to a friend"}},
		{"what is reported after 'said that' on its own day", "Officials said on Monday that the port reopened on Friday.", []string{"The port reopens"}},
		{"what is reported overnight", "Kyiv said on Sunday that Russia had launched 120 drones overnight.", []string{"Russia launches 120 drones"}},
		{"a relative 'that' is no report", "The mayor said the evidence that the police found on Monday was strong.", []string{"The mayor says the evidence that the police found was strong"}},
		{"a participle's phrase before the subject", "Speaking to reporters on Sunday, the president said talks went well.", []string{"The president says talks went well"}},
		{"died", "The former mayor died at home on Saturday.", []string{"The former mayor dies at home"}},
		{"adjectives joined by 'and'", "An angry and noisy crowd marched on Monday.", []string{"An angry and noisy crowd marches"}},
		{"a participle's phrase after the subject", "The company, based in Austin, laid off 300 workers on Monday.", []string{"The company lays off 300 workers"}},
		{"a participle's phrase closed by a comma", "Ana Ruiz, flanked by her aides, was at the head of the march on Monday.", []string{"Ana Ruiz is at the head of the march"}},
		{"a verb after an appositive's closing comma", "Its lawyer, Ari Stone, asked for a delay on Monday.", []string{"Ari Stone asks for a delay"}},
		{"a pronoun in what is reported", "Separately, the airline announced on Monday that it would open a base in Leeds next spring.", []string{"The airline will open a base in Leeds"}},
		{"a name before an appositive after 'that'", "Police said that Ari Stone, an embittered former employee, fired the shots on Monday.", []string{"Ari Stone fires the shots"}},
		{"a passive participle set off by commas", "The report, released by the ministry on Monday, found errors.", []string{"The report is released by the ministry"}},
		{"a passive participle without its agent", "The ruling, handed down on Thursday, clears the way for the port to reopen.", []string{"The ruling is handed down"}},
		{"a verb after a relative clause is active", "The host, which provided the space, closed it on Thursday for breaking its rules.", []string{"The host closes it for breaking its rules"}},
		{"an adverb before a passive participle", "The deal, first reported by a newspaper on Monday, values the port at $4 billion.", []string{"The deal is reported by a newspaper"}},
		{"a date set off by commas between subject and verb", "The last major flood, in February 2020, damaged 600 homes.", []string{"The last major flood damages 600 homes"}},
		{"what is said without 'that', dated inside it", "The agency said the river peaked at 6.42 metres at 4.15am.", []string{"The river peaks at 6.42 metres"}},
		{"saying in a letter is no report without 'that'", "The mayor said in a letter published on Wednesday that the port would reopen.", []string{"The mayor says in a letter published that the port would reopen"}},
		{"a second predicate in the present", "The mayor visited the port on Monday and promised £5m in aid.", []string{"The mayor visits the port and promises £5m in aid"}},
		{"a participle naming a noun after 'and' stays", "He bought apples and pickled onions on Monday.", []string{"He buys apples and pickled onions"}},
		{"a second predicate right after the date, with an amount", "The outage began on Monday and lasted nearly six hours.", []string{"The outage begins and lasts nearly six hours"}},
		{"a second predicate with a preposition", "The suspect escaped on Monday and fled to Spain.", []string{"The suspect escapes and flees to Spain"}},
		{"a participle's phrase before the verb describes the subject", "A truce agreed in principle on Monday collapsed within hours.", []string{"A truce agreed in principle collapses within hours"}},
		{"a simple past before a later clause's verb is the verb", "The fire grew to 600 acres on Monday as crews battled winds.", []string{"The fire grows to 600 acres as crews battle winds"}},
		{"a phrase with a subject of its own is no participle's", "The army moved into the town on Monday the rebels abandoned.", []string{"The army moves into the town the rebels abandoned"}},
		{"'last' before the verb leaves the subject plural", "The two sides last met in Arlo in March 2022.", []string{"The two sides meet in Arlo"}},
		{"a participle after an article's adverb is an adjective", "The newly elected mayor took office on Monday.", []string{"The newly elected mayor takes office"}},
		{"a participle after an article's ordinal is an adjective", "The first crewed flight took place in 1969.", []string{"The first crewed flight takes place"}},
		{"a pronoun after a present verb of saying is what is said's subject", "Police say they have found the rifle on Monday.", []string{"Police say they find the rifle"}},
		{"a second predicate that ends the clause takes the present", "Shares fell 5% on Monday and recovered.", []string{"Shares fall 5% and recover"}},
		{"a duration in what is reported leaves the report its date", "The club said on Monday that the manager had signed a two-year contract.", []string{"The club says the manager signed a two-year contract"}},
		{"a relative on a possessive tells of what is owned", "Stone, whose term ends in 2027, has ruled out resigning.", []string{"Stone's term ends"}},
		{"a relative on a possessive with a past verb", "Smith, whose father founded the firm in 1950, is its chairman.", []string{"Smith's father founds the firm"}},
		{"a relative on a possessive without a comma", "Crowds cheered Ana, the girl whose rescue in May set off a feud.", []string{"The girl's rescue sets off a feud"}},
		{"a present participle's phrase after the subject's comma", "Okafor, speaking to reporters late Monday, called the vote a win.", []string{"Okafor calls the vote a win"}},
		{"a verb of saying with what it reports closes no sentence", "The minister, speaking in Arlo on Monday, said the plan would go ahead.", []string{"The minister says the plan will go ahead"}},
		{"'before' after a measure of time opens no clause", "Lawmakers averted a shutdown in December by passing a bill hours before the deadline.", []string{"Lawmakers avert a shutdown by passing a bill hours before the deadline"}},
		{"a date in the second predicate dates it alone", "The union said the strike would last until at least Friday and warned on Tuesday of further action if no better offer was made.", []string{"The union warns of further action if no better offer was made"}},
		{"a second predicate after 'because of' and an adjective", "The match was postponed on Friday because of a frozen pitch and will be replayed on 4 April.", []string{"The match is postponed because of a frozen pitch", "The match will be replayed"}},
		{"'after' before a phrase without a verb is a preposition", "Engineers found a fault after the uncrewed flight in late 2022.", []string{"Engineers find a fault after the uncrewed flight"}},
		{"the end of a span after 'at least' is no event", "Schools will remain closed until at least Monday, the council said.", nil},
		{"one body's name with 'and' is singular", "The Food and Drug Administration approved the drug on Wednesday.", []string{"The Food and Drug Administration approves the drug"}},
		{"two names with 'and' are plural", "Britain and France signed the treaty on Wednesday.", []string{"Britain and France sign the treaty"}},
		{"a plan's date set off by commas dates nothing", "The vote, originally scheduled for Thursday, was cancelled by the speaker.", nil},
		{"a plan's date in a relative clause dates nothing", "The port's results, which were due on Friday, will be delayed.", nil},
		{"an age set off by commas keeps the subject", "A second man, aged 22, was arrested in Leeds on Saturday.", []string{"A second man is arrested in Leeds"}},
		{"a past verb with a silent e", "The airline restored flights on Monday.", []string{"The airline restores flights"}},
		{"a pronoun opening a sentence is named by the subject opening the one before", "The airline said no data was taken. It restored flights on Monday.", []string{"The airline restores flights"}},
		{"a pronoun that does not agree with the subject before names its owner", "Stone's whereabouts are unknown. He was last seen on Monday.", []string{"Stone is last seen"}},
		{"a pronoun that agrees with neither the subject before nor an owner stays", "The ships' crews are unknown. He was last seen on Monday.", []string{"He is last seen"}},
		{"'it' names the owner of a plural subject", "The company's shares have fallen 40% since it went public in 2021.", []string{"The company goes public"}},
		{"what is said follows its verb without 'that', a past perfect as the past", "The retailer said on Monday that it had been hit by a cyber attack.", []string{"The retailer says it was hit by a cyber attack"}},
		{"'that' as a pronoun after a verb of saying stays", "The mayor said on Monday that was wrong.", []string{"The mayor says that was wrong"}},
		{"a time after 'shortly after' is in its clause", "Marsh conceded defeat shortly after 2 a.m. on Friday and said she would step down.", []string{"Marsh concedes defeat"}},
		{"a quotation's pronoun speaker is the appositive's name before", "The opposition leader, Tomas Reyes, welcomed the news. “We are ready,” he said on Tuesday.", []string{"Tomas Reyes says “We are ready”"}},
		{"a name ending in s takes the verb's number", "Reyes is expected to unveil his programme on Friday.", []string{"Reyes is expected to unveil his programme"}},
		{"a date in a reduced relative before an auxiliary dates the relative", "The man arrested in Leeds on Monday was released on bail.", []string{"The man is arrested in Leeds"}},
		{"a date ending a participle's phrase on the object of a progressive dates the phrase", "Police said they were looking for the driver of a white van seen near the harbour on Monday afternoon.", []string{"A white van is seen near the harbour"}},
		{"a date ending a participle's phrase on the object of a present perfect dates the phrase", "Detectives have questioned two men seen outside the bank on Friday.", []string{"Two men are seen outside the bank"}},
		{"a past verb keeps the date after a participle's phrase on its object", "Detectives questioned two men seen outside the bank on Friday.", []string{"Detectives question two men seen outside the bank"}},
		{"a relative on the subject closed before the date leaves the title", "Two builders who paid the bribes were jailed in June for three years each.", []string{"Two builders are jailed for three years each"}},
		{"a relative with an auxiliary closed before the date leaves the title", "The officials who were paid by the firm were dismissed on Monday.", []string{"The officials are dismissed"}},
		{"a date in a relative without an object before the main verb", "A blaze that erupted on Tuesday destroyed 40 homes.", []string{"A blaze erupts"}},
		{"an adverb in a relative's verb group", "A nurse who was badly injured in the 2019 attack was among the mourners.", []string{"A nurse is badly injured in the attack"}},
		{"a date in a relative with an auxiliary dates the relative", "The man who was arrested on Monday has been released.", []string{"The man is arrested"}},
		{"a reduced relative's agent after its date stays with it", "The plan drawn up in March by ministers has been dropped.", []string{"The plan is drawn up by ministers"}},
		{"a subject too long for its title keeps its head and first phrase", "The death toll from the collapse of a bridge in the northern city of Kessling rose to 15 on Thursday after divers recovered four more bodies.", []string{"The death toll from the collapse rises to 15"}},
		{"a source's date after 'according to' dates what it reports", "The plant broke safety rules, according to a report published on Monday.", []string{"The plant breaks safety rules"}},
		{"a source's date after its name and a comma dates what it reports", "The boat sank on Monday, according to the coastguard's report, published on Tuesday.", []string{"The boat sinks"}},
		{"a source's date before the clause it reports", "According to a report published on Monday, the plant broke safety rules.", []string{"The plant breaks safety rules"}},
		{"a source's date gives way to the date of what it reports", "Inspectors who visited the plant last week found violations, according to a report published on Monday.", []string{"Inspectors visit the plant"}},
		{"a quotation's speaker with an appositive", "“We will appeal,” its lawyer, Ann Lee, said on Tuesday.", []string{"Ann Lee says “We will appeal”"}},
		{"a date in the quotation that opens the sentence", "“We disagree with the decision taken today,” its lawyer, Ann Lee, said in a statement.", []string{"Ann Lee says “We disagree with the decision taken”"}},
		{"a dated second predicate with an infinitive", "The third reporter, Karim Haddad, is in hospital and is expected to be discharged on Friday.", []string{"Karim Haddad is expected to be discharged"}},
		{"a second predicate after 'but' with no object before it", "She retired in 2006 but continued to advise governments.", []string{"She retires"}},
		{"an opening participle's phrase with its own date tells of the main clause's subject", "Born in Dublin in 1941, Quinn moved to Australia in 1965.", []string{"Quinn is born in Dublin", "Quinn moves to Australia"}},
		{"an opening participle's phrase dated alone", "Elected in 2010, she served two terms as mayor.", []string{"She is elected"}},
		{"a second predicate after 'but' and a pronoun object", "The last leader to face such a vote won it in 2019 but resigned six months later.", []string{"The last leader to face such a vote wins it"}},
		{"a second predicate after 'but'", "He was arrested on Monday but released on Tuesday.", []string{"He is arrested", "He is released"}},
		{"a second predicate with an adverb before its verb", "He was arrested on Monday and quickly released on Tuesday.", []string{"He is arrested", "He is released"}},
		{"a second predicate on the same day is an event of its own", "The company informed regulators on May 28 and halted shipments the same day.", []string{"The company informs regulators", "The company halts shipments"}},
		{"a relative on its subject after a noun phrase inside the clause", "Ministers had hoped to publish the report before the summer recess, which begins on July 22.", []string{"The summer recess begins"}},
		{"a clock without a day in a quotation dates nothing", "Two reporters spoke on Monday. “They put us on a bus at 6 a.m. and told us nothing,” she said.", []string{"Two reporters speak"}},
		{"a timeline's entry loses the dash after its date", "March 1 - The first walkout closes 40 depots.", []string{"The first walkout closes 40 depots"}},
		{"figures that showed, with nothing after, attribute what they found", "Inflation eased to 2.9% last month, official figures showed on Wednesday.", []string{"Inflation eases to 2.9%"}},
		{"an appositive holding a clause goes from the title", "The talks, the first since the ceasefire collapsed in March, ended without agreement on Thursday.", []string{"The ceasefire collapses", "The talks end without agreement"}},
		{"a relative on 'whose' before the verb goes from the title", "The agency, whose chief resigned last week, said on Friday it would review its rules.", []string{"The agency's chief resigns", "The agency says it will review its rules"}},
		{"an attribution naming its hearers and how dates nothing", "The store will close on Nov. 30, the company told customers in an email on Monday.", []string{"The store will close"}},
		{"a relative on its subject with a plural verb after a name", "The win lifts the team to second, two points behind leaders Kessling, who play Ardmore on Sunday.", []string{"Kessling play Ardmore"}},
		{"a relative after a name inside a longer phrase keeps the clause", "He was met by Ann Lee of the National Council of Churches, who travelled with him on Wednesday.", []string{"He is met by Ann Lee of the National Council of Churches, who travelled…"}},
		{"a participle and its adverb set off after the subject", "The teenager, named locally as Jay Cole, was stabbed outside a shop on Friday evening.", []string{"The teenager is stabbed outside a shop"}},
		{"a relative on its verb's object puts the object back", "The cracks, which engineers found in 2023, were never repaired.", []string{"Engineers find the cracks"}},
		{"a relative's object is what follows the verb before it", "Investigators believe the repairs failed to address cracks in the pillars, which a state report had flagged in March.", []string{"A state report flags cracks in the pillars"}},
		{"a relative with whom, and the clause after it", "The man, whom police arrested on Friday, appeared in court on Monday.", []string{"Police arrest the man", "The man appears in court"}},
		{"a planned date in a reduced relative is the plan's", "A rally scheduled for Saturday was canceled after threats.", []string{"A rally scheduled for Saturday is canceled"}},
		{"a date after a verb of saying opens no relative", "The company said in March it was leaving the city.", []string{"The company says it is leaving the city"}},
		{"a reduced relative before a verb with its object", "Polls published on Monday put Reyes's party four points ahead.", []string{"Polls put Reyes's party four points ahead"}},
		{"a period a ranking counts within dates nothing", "The flood is the latest to hit the valley this year.", nil},
		{"a period after a ranking set off by a comma dates nothing", "The port closed for a week this year, its second such closure this month.", []string{"The port closes for a week"}},
		{"quote after a colon", "The mayor told reporters on Monday: “We will rebuild.”", []string{"The mayor says “We will rebuild”"}},
		{"a pair of days goes whole", "Ministers met in Leeds on 3 and 4 March to discuss the port.", []string{"Ministers meet in Leeds to discuss the port"}},
		{"a pair of days in the month's first style goes whole", "Ministers met in Leeds on March 3 and 4 to discuss the port.", []string{"Ministers meet in Leeds to discuss the port"}},
		{"a range of days with a dash goes whole", "The festival ran 1-3 March in Leeds.", []string{"The festival runs in Leeds"}},
		{"a pair of weekdays goes whole", "The mayor was questioned on Monday and Tuesday by police.", []string{"The mayor is questioned by police"}},
		{"a closing attribution is not a present verb's clause", "The deadline for entries passes at midnight on Sunday, the council said.", []string{"The deadline for entries passes"}},
		{"what is told to someone after 'that'", "The prosecutor told the jury that between 2019 and 2021 Stone took bribes from builders.", []string{"Stone takes bribes from builders"}},
		{"what a court hears after 'that'", "The court heard that police searched the port's offices on 15 February 2023.", []string{"Police search the port's offices"}},
		{"a participle's date before a bare saying dates the saying", "Giving evidence on Monday, builder Ari Stone said he met the mayor on 4 April 2020.", []string{"Ari Stone meets the mayor"}},
		{"a second predicate with its own date is an event sharing the subject and auxiliary", "Stone was arrested on 3 March and charged on 5 March.", []string{"Stone is arrested", "Stone is charged"}},
		{"a second predicate without a passive takes no auxiliary", "Ana Ruiz was born in 1950 and died in 2020.", []string{"Ana Ruiz is born", "Ana Ruiz dies"}},
		{"a second predicate in the active", "Sales rose 5% in January and fell 2% in February.", []string{"Sales rise 5%", "Sales fall 2%"}},
		{"a second predicate with an auxiliary of its own", "The bill was passed on 3 March and will take effect in June.", []string{"The bill is passed", "The bill will take effect"}},
		{"a second predicate that keeps its range", "He joined the army in 2001 and served in Iraq from 2003 to 2005.", []string{"He joins the army", "He serves in Iraq from 2003 to 2005"}},
		{"'and has since' tells a later act, which the date does not date", "The port was sold in 2019 and has since grown to 500 staff.", []string{"The port is sold"}},
		{"'since' after an auxiliary is an adverb, not a clause's opener", "The port reopened on Monday but has since closed again.", []string{"The port reopens"}},
		{"predicates joined by commas and 'and'", "Stone was arrested on 3 March, charged on 4 March and convicted on 10 March.", []string{"Stone is arrested", "Stone is charged", "Stone is convicted"}},
		{"a participle's phrase set off by commas and its main clause are two events", "Stone, arrested on 3 March, was charged on 5 March.", []string{"Stone is arrested", "Stone is charged"}},
		{"a date opening its stretch with only a phrase after it goes on with the clause before", "The storm made landfall near Arlo, Kessling, at about 2 a.m. on Monday as a hurricane with maximum sustained winds.", []string{"The storm makes landfall near Arlo, Kessling, as a hurricane with maximum sustained winds"}},
		{"a first predicate's own date dates it apart from the second's", "He pleaded guilty in January and was sentenced on 10 March to six years in prison.", []string{"He pleads guilty", "He is sentenced to six years in prison"}},
		{"irregular pasts", "The patient underwent surgery on 10 March. She clung to life on 11 March.", []string{"The patient undergoes surgery", "She clings to life"}},
		{"a duration in a first predicate dates no event of its own", "The boy clung to a raft for two days and was rescued on 10 March.", []string{"The boy is rescued"}},
		{"a duration after a date ends no range", "He was sentenced on 10 March to six years in prison.", []string{"He is sentenced to six years in prison"}},
		{"'to' after a past form opens its infinitive, not a participle's phrase", "The firms agreed to merge in a deal announced on Monday that values the group at $4 billion.", []string{"The firms agree to merge in a deal announced that values the group…"}},
		{"a phrase with a participle leads into the clause it dates", "In a statement released on Monday, the company apologised for the outage.", []string{"The company apologises for the outage"}},
		{"a clause of time opening the sentence keeps its date", "After police arrived on Monday, the crowd left.", []string{"Police arrive"}},
		{"a relative clause on a part of the subject dates nothing", "Protesters, some of whom had travelled overnight, gathered outside parliament on Monday.", []string{"Protesters gather outside parliament"}},
		{"'including' before an owner's 'whose'", "The storm hit on Sunday. It killed three people, including a woman whose body was found on Monday.", []string{"The storm hits", "A woman's body is found"}},
		{"what happened when is told with the main clause", "A man died when a tree fell on his car on Monday.", []string{"A man dies when a tree falls on his car"}},
		{"a state at the time of a 'when' clause tells the clause", "He was a child when the war began in 1939.", []string{"The war begins"}},
		{"a reported past perfect with an irregular participle", "The company said on Monday that sales had fallen 5%.", []string{"The company says sales fell 5%"}},
		{"a verb's particle stays in a relative clause", "Its chief, Ana Ruiz, who took over in July, has resigned.", []string{"Ana Ruiz takes over"}},
		{"a clause of its own after ', and' is no part of the date's", "Her term ends in May, and the mayor has said she will name a successor.", []string{"Her term ends"}},
		{"a pronoun's antecedent after a sentence's opening phrase", "For months, the port kept its fees high. It began cutting them on 3 March.", []string{"The port begins cutting them"}},
		{"a comparison's base dates no event", "The yield fell to 4.02% from 4.05% on 10 March.", nil},
		{"a comparison's base with a relative clause in it", "Officials now expect to cut rates once in 2026, down from two cuts they had projected in January.", []string{"Officials now expect to cut rates once"}},
		{"a comparison's base after commas", "Net income was $1.9 billion, compared with $1.2 billion, or 72 cents a share, a year ago.", nil},
		{"the day a period ends on is no event; the period dates it", "Revenue in the third quarter, which ended 27 September, rose 22% to $7.6 billion.", []string{"Revenue rises 22% to $7.6 billion"}},
		{"a participle after a preposition is an adjective", "The number of confirmed cases rose to 214 on Monday.", []string{"The number of confirmed cases rises to 214"}},
		{"a span that opens after publication is what happens then", "Clinics will open in three cities from 14 March.", []string{"Clinics will open in three cities"}},
		{"a span's opening before publication is a comparison's base", "Prices were up 5% from January.", nil},
		{"a clause inside a participle's phrase set off by commas", "Stone, arrested on 3 March after police raided his home, was charged on 5 March.", []string{"Stone is arrested", "Stone is charged"}},
		{"a verbless phrase after 'after' in a participle's phrase", "The deal, reached late on 3 March after days of talks, replaces the board.", []string{"The deal is reached after days of talks"}},
		{"a participle and its date alone set off by commas", "The deal, reached late on 3 March, was signed on 5 March.", []string{"The deal is reached", "The deal is signed"}},
		{"an adverb opens a participle's phrase", "The deal, first reported by the Courier on 3 March, was signed on 5 March.", []string{"The deal is reported by the Courier", "The deal is signed"}},
		{"a clock restated in another zone with its own day", "The rocket lifted off at 10:32 p.m. EDT Monday (0232 GMT Tuesday).", []string{"The rocket lifts off"}},
		{"a verbless comparison's date is no event", "Ships were waiting to dock on 5 March, up from 25 on 4 March, according to port data.", []string{"Ships are waiting to dock"}},
		{"a reported second predicate shares the report's subject", "Police said the man was arrested on 3 March and released on 4 March.", []string{"The man is arrested", "The man is released"}},
		{"a later predicate after a clause of its own is that clause's", "Stone was arrested on 3 March after police raided a house and seized guns on 4 March.", []string{"Stone is arrested", "Police raid a house and seize guns"}},
		{"a date right after a verb of saying dates only the saying", "The utility said Tuesday it had warned regulators on 10 March.", []string{"The utility warns regulators"}},
		{"a reported pronoun nothing names keeps the attribution, without the saying's date", "Northfield Stores said Tuesday it had warned regulators on 10 March.", []string{"Northfield Stores says it warned regulators"}},
		{"'as of' goes with its date", "The port was 5% open as of Tuesday.", []string{"The port is 5% open"}},
		{"a second predicate's pronoun is named as the first's", "The fire spread on 3 March. It jumped the river on 4 March and was contained on 6 March.", []string{"The fire spreads", "The fire jumps the river", "The fire is contained"}},
		{"'it emerged' attributes what emerged", "The port's manager has resigned, it emerged on Monday.", []string{"The port's manager resigns"}},
		{"what emerges with a subject of its own acts", "A new strain emerged on Monday.", []string{"A new strain emerges"}},
		{"a second weekday that opens a clause stays", "The mayor was arrested on Monday and Tuesday police searched his home.", []string{"The mayor is arrested and Tuesday police searched his home"}},
		{"a list the stretch before began goes on past its comma", "Users could not reach sites including X, Reddit and Etsy for hours on Tuesday, the company said.", []string{"Users could not reach sites including X, Reddit and Etsy for hours"}},
		{"a clock's colon cuts no clause, and a second passive is put in the present", "The outage began at 9 a.m. on Tuesday and was largely resolved by 2:30 p.m.", []string{"The outage begins", "The outage is largely resolved"}},
		{"a later act dated after 'and' shares the subject before", "A man was arrested in Leeds and was later released on bail on Tuesday.", []string{"A man is released on bail"}},
		{"a participle's phrase on 'to' and a noun describes the subject", "A group linked to the rebels claimed responsibility on Tuesday.", []string{"A group linked to the rebels claims responsibility"}},
		{"a participle left ending the clause by its date goes with it", "The group claimed responsibility in a video released on Tuesday.", []string{"The group claims responsibility in a video"}},
		{"'to' before a date goes with it", "The ban is backdated to 9 March and will run until 2029.", []string{"The ban is backdated and will run until 2029"}},
		{"a date ending a 'that' relative dates its noun", "Democrats threatened to block the bill unless it extended health subsidies that expire at the end of the year.", []string{"Health subsidies expire"}},
		{"a clause 'that' opens on a noun of saying is no relative", "He confirmed the report that troops fled in May.", []string{"Troops flee"}},
		{"a 'that' relative with an object leaves the date to the clause", "He fired the shots that killed a doctor last October.", []string{"He fires the shots that killed a doctor"}},
		{"an infinitive's verb is no part of the noun a relative tells of", "Democrats want to extend health subsidies, which expire at the end of the year.", []string{"Health subsidies expire"}},
		{"a date listed after another is told with it", "Born in Leeds in 1947, Stone rowed in the Boat Race in 1968 and 1969 before turning to coaching.", []string{"Stone is born in Leeds", "Stone rows in the Boat Race"}},
		{"a list of dates goes whole from a title", "British crews won gold at the 1996, 2000 and 2004 Olympics.", []string{"British crews win gold at the Olympics"}},
		{"a second predicate with an object takes no passive's auxiliary", "He was appointed coach in 1989 and held the post until his retirement in 2004.", []string{"He is appointed coach", "He holds the post until his retirement"}},
		{"an active second predicate after a passive is put in the present", "She was elected in 2010 and led the party until 2015.", []string{"She is elected and leads the party until 2015"}},
		{"a relative on a lead's subject runs over its second verb and a noun in a past's form", "A man who robbed a bank and hid the cash in a garden shed has been jailed for life.", []string{"A man is jailed for life"}},
		{"a semicolon ends the clause a subject is looked for in", "The driver was rescued by firefighters; one passenger, a woman of 67, died in hospital on Monday.", []string{"One passenger dies in hospital"}},
		{"'most recently' goes with its date", "The council deferred the work twice, most recently in January, citing costs.", []string{"The council defers the work twice"}},
		{"what data showed is the event", "Trade grew 3.6 percent in the first 10 months, data from the customs agency showed on Monday.", []string{"Trade grows 3.6 percent in the first 10 months"}},
		{"'until the end of' opens no clause", "Price has signed a contract until the end of the season and will take charge for the first time on Saturday.", []string{"Price will take charge for the first time"}},
		{"a price a premium is counted on dates nothing, and an appositive ending an aside goes with it", "The deal, which values the firm at $31 a share, a 24% premium to its closing price on Friday, is expected to close in the second half of 2026.", []string{"The deal is expected to close"}},
		{"a team's name is no person's", "Halden Rovers appointed Tom Price as manager on Tuesday. Rovers, who were relegated in 2023, are 21st.", []string{"Rovers are relegated", "Halden Rovers appoints Tom Price as manager"}},
		{"a time after a measure and a clause of its own is that clause's", "The minister resigned on Tuesday hours after a newspaper published photographs of her at a party.", []string{"The minister resigns"}},
		{"a measure after no day keeps its clause whole", "Castro said on Monday it was a matter of days before the boy would be home.", []string{"Castro says it was a matter of days before the boy would be home"}},
		{"'as of' that opens a sentence goes with its date", "As of Sunday, 11 people had been admitted to hospital, officials said.", []string{"11 people are admitted to hospital"}},
		{"a date in a second relative is that relative's", "Samsung, which released its first foldable phone in 2019, has dominated the market, which grew 5% last year, analysts said.", []string{"Samsung releases its first foldable phone", "The market grows 5%"}},
		{"a 'that' relative ending the sentence with a date of its own is an event", "In 2011, the council revived the plan, commissioning a study that was published two years later.", []string{"The council revives the plan", "A study is published"}},
		{"a second predicate on 'against' is put in the present", "Its former owner pleaded guilty in 2022 and testified against him.", []string{"Its former owner pleads guilty and testifies against him"}},
		{"an opener and a participle before an attribution belong to the clause before them", "A cargo plane burst into flames while taking off from the airport on Tuesday evening, killing three crew members, officials said.",
			[]string{"A cargo plane bursts into flames while taking off from the airport"}},
		{"a relative on a noun tied by 'of' to the one before tells of both", "The board said it was sending a team of investigators, who arrived late Tuesday.", []string{"A team of investigators arrives"}},
		{"a relative on a counted noun tells of it", "The firm hired 12 engineers, who started work on Monday.", []string{"12 engineers start work"}},
		{"a clause of time in a headline is in the present", "The aircraft went down on Tuesday as it departed for Honolulu.\n\nA man died on Monday after a tree fell on his car.\n\nResidents will be allowed back on Friday once the fire is contained.",
			[]string{"A man dies", "The aircraft goes down as it departs for Honolulu", "Residents will be allowed back once the fire is contained"}},
		{"a participle its date ends goes with it before a second predicate", "The bank admitted the breaches in a settlement agreed last month and will pay the fine by March.",
			[]string{"The bank admits the breaches in a settlement"}},
		{"a name after an article and an adjective is the subject of a contact clause, not the phrase", "The fine is the largest Tarvel has imposed since it was given powers to fine firms in 2005.",
			[]string{"Tarvel is given powers to fine firms"}},
		{"a pronoun after a saying and its date opens what is reported", "The company said on Monday it would close the plant in March.\n\nPolice said on Monday they had arrested a man on Saturday.",
			[]string{"The company will close the plant", "Police arrest a man"}},
		{"a name after a preposition in the subject is no contact clause's", "His relatives in Kessling said they would appeal the ruling on Friday.", []string{"His relatives in Kessling will appeal the ruling"}},
		{"a pronoun the sentence opened with is named as that one is", "The Kessling players lost again on Saturday. They have not won since March 3, when they beat Halden 2-1.",
			[]string{"The Kessling players beat Halden 2-1", "The Kessling players lose again"}},
		{"a report's that may follow the part of the day it was made", "The club said in a statement on Sunday evening that coach Lee Harper would take charge, starting with Friday's game.",
			[]string{"Coach Lee Harper will take charge, starting with Friday's game"}},
		{"early on a day and that afternoon are two times", "The minister was taken into custody at his home early on Saturday and driven to the police headquarters.\n\nSupporters gathered outside the police headquarters on Saturday afternoon.",
			[]string{"The minister is taken into custody at his home", "Supporters gather outside the police headquarters"}},
		{"a surname two people share is given in full", "Former President Ana Ruiz was arrested on Saturday.\n\nHer son, Senator Tomas Ruiz, had called for a vigil on Friday night.",
			[]string{"Tomas Ruiz calls for a vigil", "Ana Ruiz is arrested"}},
		{"a relative on a noun a participle describes tells of it", "The case was found at a farm about 12 miles from the first infected herd, which was identified on March 3.",
			[]string{"The first infected herd is identified"}},
		{"a relative's plan to act is an event of its own", "Ruiz, who is due to leave office in November, has made the case her own.", []string{"Ruiz is due to leave office"}},
		{"a relative's past plan to act may not have come about", "Ruiz, who was due to leave office in November, has made the case her own.", nil},
		{"an adverb between the subject the sentence before opened with and its verb is no part of it", "The agency first opened an inquiry in November 2010. It sent the firm formal charges in April 2015.",
			[]string{"The agency opens an inquiry", "The agency sends the firm formal charges"}},
		{"a year naming what a relation or an -ing participle takes dates no act", "The court dismissed the appeal against a 2021 ruling.\n\nThe court also ruled that the firm must pay back taxes, overturning a 2020 decision.\n\nPrices rose after the 2021 ruling.",
			[]string{"Prices rise after the ruling"}},
		{"what 'after being' tells happened to the subject before it", "A man died after being attacked in Harehills on 4 March.", []string{"A man is attacked in Harehills"}},
		{"a second passive takes its auxiliary past a relative on the subject", "The boy, who cannot be named for legal reasons, was arrested on Sunday afternoon and charged on Monday.",
			[]string{"The boy is arrested", "The boy is charged"}},
		{"'he' is a person the sentence before named by what he is", "The boy was charged on Monday. He is due to appear in court on Friday.", []string{"The boy is charged", "The boy is due to appear in court"}},
		{"a count of a capitalised plural is plural", "Eight Democrats broke with their party on Sunday.", []string{"Eight Democrats break with their party"}},
		{"'with' a noun phrase and its participle tells of the noun", "Monmouth was among the worst-hit towns, with hundreds of homes flooded overnight on Friday.", []string{"Hundreds of homes are flooded overnight"}},
		{"a participle before a modal describes its subject", "The agency warned that further rain forecast for Friday could cause fresh problems.", []string{"Further rain forecast could cause fresh problems"}},
		{"a second predicate on a noun of two words and a preposition is put in the present", "The minister visited the town on Sunday and promised emergency payments of up to £1,000.",
			[]string{"The minister visits the town and promises emergency payments of up to £1,000"}},
		{"a range of 24-hour times after the verb stays whole", "A weather warning for rain will be in force from 06:00 to 18:00 on Friday.",
			[]string{"A weather warning for rain will be in force from 06:00 to 18:00 on Friday"}},
		{"an opening phrase's date goes first however coarse", "Born in London in 1934, Goodall had no university degree when she arrived at Gombe in July 1960.",
			[]string{"Goodall is born in London", "Goodall arrives at Gombe"}},
		{"a clause of its own after a comma and 'and' ends the headline", "In 1977 she founded the institute that bears her name, and she spent most of her time travelling.",
			[]string{"She founds the institute that bears her name"}},
		{"a pronoun takes no reduced relative", "Goodall was 26. She arrived at Gombe in what is now Tanzania in July 1960.", []string{"Goodall arrives at Gombe in what is now Tanzania"}},
		{"a participle on the object of a relative's present verb dates that object", "The cuts, which include 9,000 jobs announced in November, amount to 15% of its workforce.", []string{"9,000 jobs are announced"}},
		{"a clause that tells its own act keeps it before a 'when' clause", "Drivers last went on strike on Feb. 4, when almost no trains ran.", []string{"Drivers go on strike"}},
		{"a clause that only tells a beginning leaves it to a 'when' clause", "The dispute began in January, when the firm cut overtime pay.", []string{"The firm cuts overtime pay"}},
		{"a clause that names the date leaves it to a 'when' clause", "The rally marked a return to the protests of early January, when thousands marched.", []string{"Thousands march"}},
		{"a second predicate after a 'when' aside", "The firm learned of the fault in January, when a customer complained, and opened an inquiry in February.", []string{"The firm learns of the fault", "The firm opens an inquiry"}},
		{"a pronoun's antecedent leaves its date out", "The company last month became the first to list in Lagos. It will open an office there in June.", []string{"The company becomes the first to list in Lagos", "The company will open an office there"}},
		{"a participle of naming after the subject's comma is an aside", "The blaze, named the Ridge Fire, broke out on Sunday near the town.", []string{"The blaze breaks out near the town"}},
		{"a possessive's owner is named", "Dana Lowe was driving home when her car hit a wall on Feb. 2.", []string{"Dana Lowe's car hits a wall"}},
		{"a plural owner takes an apostrophe alone", "The ministers met in Paris. Their talks ended on Friday.", []string{"The ministers' talks end"}},
		{"a pronoun is named past an age", "Dana Lowe, 34, was driving home when she hit a wall on Feb. 2.", []string{"Dana Lowe hits a wall"}},
		{"what would have happened is no event", "A strike that would have halted most trains on Friday was called off.", nil},
		{"a verbless phrase after what would have happened is its", "A defeat would have forced an election, probably in the spring.", nil},
		{"a plan in the past perfect is no event", "The vote had been scheduled for Friday. Drivers had been due to walk out from midnight on Friday.", nil},
		{"a participle's bound on an object dates no act", "The union said the firm offered a rise backdated to January.", nil},
		{"a bound ahead after a past verb dates no act", "The union said on Tuesday that the firm had offered a further 3% from next April.", []string{"The union says the firm offered a further 3% from next April"}},
		{"a participle and a bare date describe the period", "Revenue for the fourth quarter ended Jan. 26 rose 12% to $39 billion.", []string{"Revenue for the fourth quarter rises 12% to $39 billion"}},
		{"a comparison after the date is no part of the clause", "The firm expects sales of $5 billion for the quarter ending in April, compared with estimates of $4.8 billion.", []string{"The firm expects sales of $5 billion for the quarter ending in April"}},
		{"an end 'with' something is the verb", "A previous attempt in January ended with the booster lost at sea.", []string{"A previous attempt ends with the booster lost at sea"}},
		{"an opening phrase's place may hold commas", "Born in Lincoln, Nebraska, in 1941, Hale was elected to the state senate in 1978 and served as its leader in 1991.", []string{"Hale is born in Lincoln, Nebraska", "Hale is elected to the state senate", "Hale serves as its leader"}},
		{"a pronoun opening a paragraph is named by the paragraph before", "Dana Lowe was elected to the council in 2019.\n\nShe became its leader in 2022.", []string{"Dana Lowe is elected to the council", "Dana Lowe becomes its leader"}},
		{"a pronoun after a phrase leading into its sentence is named too", "Dana Lowe led the council for a decade.\n\nIn 2024, she said she would stand again.", []string{"Dana Lowe says she will stand again"}},
		{"an opening participle's phrase is no subject", "Born in Leeds in 1950, Dana Lowe was elected to the council in 1979.\n\nShe became its leader in 1988.", []string{"Dana Lowe is born in Leeds", "Dana Lowe is elected to the council", "Dana Lowe becomes its leader"}},
		{"a relative's second predicate shares its antecedent", "Hale, who joined the firm in 2005 and became its chief in 2020, said she would stay.", []string{"Hale joins the firm", "Hale becomes its chief"}},
		{"a date after 'but' and a verb dates that predicate", "Police shot the man on March 3. He was taken to hospital but died two days later.", []string{"Police shoot the man", "He dies"}},
		{"an appositive after 'and' names the second of two", "Mayor Ana Ruiz and the head of the planning office, Tom Reed, resigned on Monday.", []string{"Mayor Ana Ruiz and Tom Reed resign"}},
		{"a name and its past verb after a noun tell of that noun", "The film used parts of a speech Hale gave on Jan. 6, 2021, so that she appeared to back the riot.", []string{"Hale gives a speech"}},
		{"a contact clause in the subject", "The fine Ofwat imposed in 2021 was the largest.", []string{"Ofwat imposes the fine"}},
		{"a measured clause of time with its own date is an event", "The vote was held on Feb. 9, nearly two years after the party won the previous vote in March 2023.", []string{"The party wins the previous vote", "The vote is held"}},
		{"a measured phrase a comma closes leads into the subject", "In January, a week after the anniversary of the ruling, a bomb killed a guard.", []string{"A bomb kills a guard"}},
		{"an appositive set off by commas after a place is no place", "Sales in China, once its biggest market, fell 12% in 2024.", []string{"Sales in China fall 12%"}},
		{"a predicate set against an unknown present after ', but' is no part of its clause", "Forecasters expect the rain to ease on Friday, but warned that rivers would keep rising.", []string{"Forecasters expect the rain to ease"}},
		{"a year a comma ends is no count of a measure after it", "The firm collapsed in June 2020, days after auditors refused to sign its accounts.", []string{"The firm collapses"}},
		{"an office's word in a name before a noun makes no person", "Premier League club Ridgeway Rovers sacked its manager on Monday.", []string{"Premier League club Ridgeway Rovers sacks its manager"}},
		{"a clause of its own after ', and' is an event, though its date is the main one's", "Redford sacked their coach in February, and Castleton parted company with theirs last month.", []string{"Redford sacks their coach", "Castleton parts company with theirs"}},
		{"a clause of its own after ', and' is an event, however coarse its date", "Redford sacked their coach on Monday, and Castleton parted company with theirs in January.", []string{"Castleton parts company with theirs", "Redford sacks their coach"}},
		{"a date set off by commas between a subject and its verb goes with both", "The last walkout, in June 2023, lasted 12 days, the longest in its history.", []string{"The last walkout lasts 12 days"}},
		{"a date's phrase set off by commas is no subject to name a pronoun by", "The last walkout, in June 2023, lasted 12 days. It ended on July 2.", []string{"The last walkout lasts 12 days", "The last walkout ends"}},
		{"a date that opens a quotation leaves it opening with a capital", "“Today we close a wound,” said the director, Ada Obi.", []string{"The director says “We close a wound”"}},
		{"a participle's phrase on a copula's object is the event", "The previous record was a 40 million euro penalty imposed on an online retailer by the national regulator in 2021.", []string{"A 40 million euro penalty is imposed on an online retailer by the national regulator"}},
		{"a clause of its own after ', and' is an event with the subordinate clause its date is in", "In February, a boy was killed outside a shop, and a girl died after being attacked on a bus in January.", []string{"A girl dies after being attacked on a bus", "A boy is killed outside a shop"}},
		{"a date a noun of time leads into after a bound dates nothing", "Two men were released on bail until a date in April.", nil},
		{"a ranking nine words before the period it counts within", "It is the third fatal stabbing of a teenager in the borough this year.", nil},
		{"a period that holds the day of saying leaves the saying dated", "The union said on Friday that companies had agreed to raise pay by 5% this year.", []string{"The union says companies agreed to raise pay by 5% this year"}},
		{"a list of years before a verb goes whole from a title", "The report said warnings raised by inspectors in 2019 and 2022 had been ignored.", []string{"Warnings raised by inspectors are ignored"}},
		{"a verb after 'but' is no verb of the participle's phrase the date is in", "Marlow left politics after losing a Senate race in 2022 but had been tipped to run again.", []string{"Marlow leaves politics after losing a Senate race"}},
		{"a present verb we know after a participle's phrase is the verb", "A ceasefire brokered by the United States comes into force on Friday.", []string{"A ceasefire brokered by the United States comes into force"}},
		{"a present verb we know ends a timeline entry's clause at its semicolon", "Nov. 24, 2023 - A week-long truce begins; 105 hostages are freed.", []string{"A week-long truce begins"}},
		{"a predicate after ', and' shares the subject past a verbless phrase", "The company raised its forecast, from about 30% previously, and said it expected fourth-quarter revenue of $30 billion.", []string{"The company expects fourth-quarter revenue of $30 billion"}},
		{"a predicate right after a relative set off by commas is its antecedent's", "Brookfield, who have not won the title since 1998, host Castleford on April 26 in a decisive match.", []string{"Brookfield host Castleford in a decisive match"}},
		{"a relative's negated verb group goes whole", "Two men who have not been named were charged on Monday.", []string{"Two men are charged"}},
		{"a clause of its own after ', and' with its date first", "In 2021 the regulator opened an investigation, and in 2022 it fined the firm.", []string{"The regulator opens an investigation", "The regulator fines the firm"}},
		{"'in the early hours of' goes with its date", "The outage began in the early hours of March 9.", []string{"The outage begins"}},
		{"a present like its participle cannot date a participle's phrase on its object", "The cuts come on top of 4,000 job losses announced in March.", []string{"4,000 job losses are announced"}},
		{"a participle's date and an active verb's own date are two events", "A ceasefire agreed in January broke down in April.", []string{"A ceasefire breaks down", "A ceasefire is agreed"}},
		{"a subject's participle and the verb each date their own act", "The man arrested on Monday appeared in court on Tuesday.", []string{"The man is arrested", "The man appears in court"}},
		{"a plan on the subject dates nothing that happened", "A rally planned for Saturday was cancelled on Tuesday.", []string{"A rally planned for Saturday is cancelled"}},
		{"a span's bound after the verb is no date of its act", "Troops deployed in March remained in the city until June.", []string{"Troops are deployed"}},
		{"a participle's date with an active verb and a noun's date is the clause's", "The warrant issued on Monday charged Kopp over the 1995 shooting.", []string{"The warrant charges Kopp over the 1995 shooting"}},
		{"a participle's phrase set off by commas before a present we know", "The deal, brokered by mediators over months of talks, provides for a ceasefire to take effect on Sunday.", []string{"The deal provides for a ceasefire to take effect"}},
		{"a relative opens at its preposition", "The report followed an incident in June in which a cover detached after take-off.", []string{"The report follows an incident"}},
		{"a measured clause after a short phrase a comma closes", "The premier survived a vote on Monday by 12 votes, two weeks after her coalition partner quit the government.", []string{"Her coalition partner quits the government", "The premier survives a vote by 12 votes"}},
		{"a second date in a joined predicate dates no third", "She was arrested in July 2021 and charged in court in November two years later.", []string{"She is arrested", "She is charged in court"}},
		{"a clause of its own after what is reported leaves the saying dated", "Geologists warned in 2018 that the hillside was unstable, and a report commissioned by the council in 2019 recommended moving 60 homes.",
			[]string{"Geologists warn the hillside was unstable", "A report commissioned by the council recommends moving 60 homes"}},
		{"a date in what is reported still takes the saying's place", "Officials said in 2018 that the hillside, which sits above the village, had moved in 2016.", []string{"The hillside moves"}},
		{"an office in lower case of a company names the office", "The chief executive of Harbour Water quit on Monday.", []string{"The chief executive of Harbour Water quits"}},
		{"an office before a name still names the person", "Secretary of State Dana Okafor quit on Monday.", []string{"Okafor quits"}},
		{"an appositive with a participle is no part of the subject", "The chief executive of Harbour Water, the utility fined a record £90 million for sewage spills, quit on Monday.", []string{"The chief executive of Harbour Water quits"}},
		{"'who' after a noun of a person in an 'of' phrase tells of that person", "The move follows the exit of the finance director, who left in June.", []string{"The finance director leaves"}},
		{"a participle after a noun's possessive is an adjective", "The world's first coal-fired power station opened in London in 1882.", []string{"The world's first coal-fired power station opens in London"}},
		{"'as recently as' goes with its date", "Coal supplied 40% of the country's electricity as recently as 2012.", []string{"Coal supplies 40% of the country's electricity"}},
		{"where a time was moved to does not date the move", "The vote was pushed back to Friday, officials said.", nil},
		{"nor does it take the place of the day of saying", "The government said in 2015 that it would phase out coal by 2025, a deadline it later brought forward to 2024.", []string{"The government says it will phase out coal by 2025"}},
		{"a timeline entry's later sentences are of its date", "January 2024: The chief executive steps down. The finance director takes over on an interim basis.", []string{"The chief executive steps down", "The finance director takes over on an interim basis"}},
		{"a paragraph that only opens with a date is no entry", "Last week the talks collapsed. The buyer walked away.", []string{"The talks collapse"}},
		{"a date as the subject of a verb of witness leaves what it saw", "Monday saw protests across the country.", []string{"Protests across the country"}},
		{"a participle between a noun and itself is its adjective", "He pleaded guilty to murder and attempted murder at a hearing in July.", []string{"He pleads guilty to murder and attempted murder at a hearing"}},
		{"a date after 'dated' on a noun is the thing's", "Police found notes in his flat dated as early as October that listed targets.", nil},
		{"a date after 'dated' set off by a comma is the document's the saying was in", "“We object,” Gonzalez said in the letter, dated Monday.", []string{"Gonzalez says “We object”"}},
		{"'who' tells of the person a phrase of age follows", "The fire killed two people, a couple in their 80s who were found in their car on Thursday.", []string{"A couple in their 80s are found in their car"}},
		{"an aside of a participle and its complement is passed to the verb", "Officials said in 2018 that the hillside, long thought stable, had moved in 2016.", []string{"The hillside moves"}},
		{"'it' after the clause's verb is the subject that opens the clause past its aside", "The accelerator, completed in 1988 after 12 years of work, trained 2,000 scientists before it was shut down in 2015.", []string{"The accelerator is completed after 12 years of work", "The accelerator is shut down"}},
		{"a main clause before a finer date's subordinate clause is an event of its own", "Mehta founded the platform in 2018 and told customers their deposits were safe until the company froze withdrawals in June 2022.",
			[]string{"Mehta founds the platform", "The company freezes withdrawals"}},
		{"a range ending a gerund of reason past the person held", "Jurors deliberated for 20 hours before convicting Karen Holt, 46, of killing the residents by injecting them with insulin between August 2021 and February 2022.", nil},
		{"a year ending a gerund a charge is with", "Prosecutors say Riley was charged with murdering his business partner in 2019.", nil},
		{"a state since is no part of the act", "Karen Holt was suspended in March 2022 and has been in custody since her arrest.", []string{"Karen Holt is suspended"}},
		{"a lead into a date that opens a quotation goes with it", "\"From next month, every penny will be reinvested in the railway,\" Marr said.", []string{"Marr says “Every penny will be reinvested in the railway”"}},
		{"a comma after a date that opens a quotation goes with it", "\"Tomorrow, the work begins,\" she said.", []string{"She says “The work begins”"}},
		{"a date that opens a quotation standing alone leaves no space after the mark", "The mayor spoke. \"Next week we will vote.\"", []string{"\"We will vote.\""}},
		{"a participle after a determiner is no verb of a when clause", "The contract will end on Dec. 14, when a state-owned company will take over its services.", []string{"The contract will end"}},
		{"the second of two things said holds the date", "Residents said cracks had appeared in the walls weeks ago and that they had complained to the council in September.", []string{"Residents complain to the council"}},
		{"the first of two things said holds the date", "Residents said the walls had cracked in August and that they had complained to the council.", []string{"The walls crack"}},
		{"a name's past verb after a subordinator is put in the present", "Erling Haaland scored twice as Manchester City came from behind to beat Arsenal 3-2 on Sunday.", []string{"Erling Haaland scores twice as Manchester City comes from behind to beat Arsenal 3-2"}},
		{"a clause before ', and' is its own event when the finer date is the new clause's", "Her confirmation hearing in October was interrupted twice by protesters, and a committee vote was delayed on Oct. 22.", []string{"Her confirmation hearing is interrupted twice by protesters", "A committee vote is delayed"}},
		{"a date opening the clause before ', and' is not", "In October, the hearing was interrupted, and a vote was delayed on Oct. 22.", []string{"A vote is delayed"}},
		{"a live report's entries labelled by clock times are of the day", "9.05am: The Met Office issued a warning for snow.\n\n9.40am: The A66 has been closed after lorries became stuck.\n\n10.15am: More than 200 schools have closed for the day.\n\n11.30am: The airport closed its runway. Flights resumed at 10.50am.",
			[]string{"The Met Office issues a warning for snow", "The A66 is closed", "More than 200 schools close for the day", "Flights resume", "The airport closes its runway"}},
		{"past the lead a clock time with no day dates nothing", "The storm hit on Monday.\n\nRoads were closed. Trees fell.\n\nThe airport closed its runway at 10.50am.", []string{"The storm hits"}},
		{"a clock time a sentence past the last day is that day's", "The storm hit on Monday.\n\nRoads were closed.\n\nThe airport closed its runway at 10.50am.", []string{"The storm hits", "The airport closes its runway"}},
		{"a participle before its subject's date and the clause's verb is left out", "A report released on Monday found widespread failings.", []string{"A report finds widespread failings"}},
		{"so is one before a regular past with its object", "A study published in June identified nine possible projects.", []string{"A study identifies nine possible projects"}},
		{"a verb before the date and a participle before a bare noun stays", "The company released on Monday revised figures.", []string{"The company releases revised figures"}},
		{"a participle's aside on an object goes with its date and commas", "After leaving the bank, she chaired a review of pension regulation, published in 2009, and sat in the House of Lords until 2020.", []string{"She chairs a review of pension regulation"}},
		{"a verb after an aside on the subject stays though a comma follows its date", "The bridge, which opened in 1932, closed on Monday, leaving drivers stranded.", []string{"The bridge opens", "The bridge closes"}},
		{"so does one after a participle's aside on the subject", "The ceasefire, agreed after fighting broke out in March, collapsed on Monday, officials said.", []string{"Fighting breaks out", "The ceasefire collapses"}},
		{"after an opening phrase with a date the predicate a later date ends is its event", "Born in Glasgow in 1941, she studied at Cambridge and joined the bank as a researcher in 1965.", []string{"She is born in Glasgow", "She joins the bank as a researcher"}},
		{"a past act done by a time is dated by it", "Services were fully restored by 2:10 p.m. on Monday.", []string{"Services are restored"}},
		{"a plan to be done by a time is not", "The work was expected to be completed by March.", nil},
		{"a figure's comma closes no relative on the subject", "A fire that has burned 20,000 acres was contained on Monday.", []string{"A fire is contained"}},
		{"an adverb of degree stays in the verb group", "The road was partly reopened on Tuesday.", []string{"The road is partly reopened"}},
		{"a verb joined after the date is no verb of an opener before it", "The man appeared before magistrates on Tuesday and was remanded in custody.", []string{"The man appears before magistrates"}},
		{"a participle with its particle before its subject's date is left out", "A post-mortem examination carried out on Monday found she died from stab wounds.", []string{"A post-mortem examination finds she died from stab wounds"}},
		{"a noun that looks like a past before 'by' dates nothing", "Markets are pricing in a small chance of a further cut by the middle of next year.", nil},
		{"a party's members are many", "House Republicans unveiled a stopgap spending bill on Sunday.", []string{"House Republicans unveil a stopgap spending bill"}},
		{"a party's MPs are many", "Labour MPs voted against the bill on Monday.", []string{"Labour MPs vote against the bill"}},
		{"a surname in -s is one", "Jackie Evans resigned on Friday.", []string{"Jackie Evans resigns"}},
		{"an acronym in capitals is no function word", "The WHO declared an end to the outbreak on Friday.", []string{"The WHO declares an end to the outbreak"}},
		{"'it' a time after an act on a short object is that object", "The company closed the plant on Friday, two years after it opened.", []string{"The plant opens", "The company closes the plant"}},
		{"'it' a time after an act on a longer object is not named", "The agency declared an end to the outbreak on Friday, 15 months after it was declared an emergency.", []string{"It is declared an emergency", "The agency declares an end to the outbreak"}},
		{"a period ranked on a scale dates nothing", "The ground remains saturated after the wettest October on record.", nil},
		{"what a comparative is measured against dates nothing", "Residents said the water had risen faster than during the last major flood, five years ago.", nil},
		{"a comparative's verb after 'than' is no base", "Sales rose faster than expected in October.", []string{"Sales rise faster than expected"}},
		{"a participle's phrase on the object of a plural's unknown present verb is an event", "The duties follow an anti-subsidy investigation launched in October 2023.", []string{"An anti-subsidy investigation is launched"}},
		{"a hedge on a figure opens what is reported", "NHS England said about 54,000 appointments had been rescheduled during the last walkout, in July.", []string{"About 54,000 appointments are rescheduled during the last walkout"}},
		{"an aside 'as' opens between subject and verb is passed", "Resident doctors, as junior doctors are now known, accepted a 22% pay rise in September 2024.", []string{"Resident doctors accept a 22% pay rise"}},
		{"the time of a measure something is set against dates nothing", "The union says pay is still about a fifth below its 2008 level.", nil},
		{"a counted subject's possessive names what it counts", "Thousands of junior doctors in England walked out on Friday, the 13th time since their pay dispute began in March 2023.", []string{"Junior doctors' pay dispute begins", "Thousands of junior doctors in England walk out"}},
		{"an example set off from its list tells of itself", "Eight pieces of jewellery were taken, including a necklace and earrings given by Napoleon to his second wife in 1810.", []string{"A necklace and earrings are given by Napoleon to his second wife"}},
		{"an irregular past that is no participle opens no reduced relative", "Voters in Honduras went to the polls on Sunday in an election that critics have warned could be rigged.", []string{"Voters in Honduras go to the polls in an election that critics have warned…"}},
		{"a noun in -ly is no adverb", "Her family said she died peacefully at her home on Sunday.", []string{"Her family says she died peacefully at her home"}},
		{"a when clause after a second predicate's bound tells what happened then", "She was appointed CBE in 2008 and continued to perform until 2022, when she retired after a fall.", []string{"She is appointed CBE", "She retires"}},
		{"a participle after and is a predicate's verb, not a bound's", "He joined the firm in 2001 and stayed until 2010, when he left for a rival company.", []string{"He joins the firm", "He leaves for a rival company"}},
		{"a participle after a possessive in a relative is an adjective", "A former police officer who murdered his estranged wife was jailed for life on Friday.", []string{"A former police officer is jailed for life"}},
		{"a present participle's phrase is no part of the subject's head", "A passenger jet carrying 186 people made an emergency landing on Sunday evening.", []string{"A passenger jet carrying 186 people makes an emergency landing"}},
		{"a connective adverb after the subject goes", "Iranian oil exports nevertheless averaged about 1.6 million barrels a day in February.", []string{"Iranian oil exports average about 1.6 million barrels a day"}},
		{"near opens a phrase on the subject's head", "In February 2024, fires near the city killed more than 130 people.", []string{"Fires near the city kill more than 130 people"}},
		{"a list that opens the sentence is the subject", "About 2,000 firefighters, soldiers and volunteers were battling the blazes on Monday.", []string{"About 2,000 firefighters, soldiers and volunteers are battling the blazes"}},
		{"a span that runs from now dates nothing", "The quake struck early on Monday. The agency warned that aftershocks were possible over the next week and urged residents to stay away from the coast.", []string{"The quake strikes"}},
		{"an as clause on comes tells its own news", "The deal comes as the U.N. climate summit in Brazil ended last week with no agreement.", []string{"The U.N. climate summit in Brazil ends with no agreement"}},
		{"a predicate after a when aside shares the subject before it", "Berg will join the squad in January, when the transfer window reopens, and could make his debut against Sevilla on Jan. 11.", []string{"Berg could make his debut against Sevilla"}},
		{"a modal opens a second predicate", "Berg will join the squad in January and could make his debut against Sevilla on Jan. 11.", []string{"Berg will join the squad", "Berg could make his debut against Sevilla"}},
		{"a verb an infinitive follows shares no passive", "She was appointed CBE in 2008 and continued to perform in 2022.", []string{"She is appointed CBE", "She continues to perform"}},
		{"a speaker's today in a quotation no one is named to say dates nothing", "The lander touched down on Sunday. \"Today, all of that was worth it.\"", []string{"The lander touches down"}},
		{"a plan since changed dates nothing", "The landing was originally planned for Jan. 16, but engineers postponed it.", nil},
		{"a range of years naming a noun in the present dates nothing", "The recall covers some 2023 to 2025 model year vehicles.", nil},
		{"a possessive's owner with a phrase on it follows what it owns", "Observers from the Organization of American States arrived on Monday. Their head said on Tuesday that the campaign had been fair.", []string{"Observers from the Organization of American States arrive", "The head of observers from the Organization of American States says the campaign was fair"}},
		{"a name in quotation marks is a subject", "Her breakthrough came with \"Harmattan\", which transferred to the West End in 1990.", []string{"\"Harmattan\" transfers to the West End"}},
		{"a clause of time in the present after a dated clause is its own", "Temperatures are forecast to reach 38C on Friday, before a cold front arrives on Saturday night.", []string{"Temperatures are forecast to reach 38C", "A cold front arrives"}},
		{"a year naming a noun in the past dates it", "He was injured in the 1998 bombing.", []string{"He is injured in the bombing"}},
		{"an abbreviation in a relative's antecedent keeps its stop", "The summit was boycotted by the U.S. president, who had said in September that South Africa should not host it.", []string{"The U.S. president says South Africa should not host it"}},
		{"two roles before a name are one person", "The singer and songwriter Delia Marsh died on Sunday.", []string{"The singer and songwriter Delia Marsh dies"}},
		{"a capitalised word in -as is a name", "Tomas killed at least seven people on Monday.", []string{"Tomas kills at least seven people"}},
		{"an adverb after a date set off by commas comes before the verb", "The first launch, in March 2023, also ended in failure, but the rocket flew successfully after that.", []string{"The first launch ends in failure"}},
		{"a relative's antecedent is before a date's phrase and a place", "A trial vaccine was used during an outbreak in Kampala in January, which was declared over in April after 14 deaths.", []string{"An outbreak in Kampala is declared over after 14 deaths", "A trial vaccine is used during an outbreak in Kampala"}},
		{"a who relative the date ends is an event", "The ministry said on Tuesday that tests had confirmed the virus in samples taken from a health worker who died on March 8.", []string{"A health worker dies"}},
		{"whose after a verb owns the noun phrase before it", "Police have arrested a man in connection with the death of a woman whose body was found in a flat last Thursday.", []string{"A woman's body is found in a flat"}},
		{"a preposition inside a name is not cut from a long subject", "Leaders of the Group of 20 major economies agreed on Sunday to work towards tripling renewable energy capacity.", []string{"Leaders of the Group of 20 major economies agree to work towards tripling renewable…"}},
		{"a particle makes call no saying", "The exams were called off on Monday, after the papers appeared on social media on Sunday night.", []string{"The papers appear on social media", "The exams are called off"}},
		{"a relative on a past verb's object with no determiner tells of the object", "Employers have blamed higher National Insurance contributions, which took effect in April, for cuts to hiring.", []string{"Higher National Insurance contributions take effect"}},
		{"a participle's phrase on an object may have a relative after its date", "The case involves a West Virginia law passed in 2021 that was blocked by a federal appeals court.", []string{"A West Virginia law is passed"}},
		{"a clause of time on a bare noun phrase is in the present", "Thousands of flights were cancelled on Friday as air traffic controllers in France walked out.", []string{"Thousands of flights are cancelled as air traffic controllers in France walk out"}},
		{"a who relative on a person's appositive named with capitals", "Navarro, a 39-year-old Miami businessman who spent part of Sunday night with protesters, spoke.", []string{"Navarro spends part of Sunday night with protesters"}},
		{"a who relative whose date is its object's keeps it", "The plan will fail, said Sergio Navarro, a 39-year-old Miami businessman who spent part of Sunday night with protesters.", []string{"Sergio Navarro spends part of Sunday night with protesters"}},
		{"an auxiliary after a one-word object opens a second predicate", "Police found weapons on Monday and were searching the house.", []string{"Police find weapons"}},
		{"a long reduced relative before the verb and a place cut from it", "A man accused of setting fire to a ballot drop box in Portland last year pleaded guilty on Thursday to federal charges.", []string{"A man accused of setting fire to a ballot drop box pleads guilty…"}},
		{"a that relative on a noun phrase ending in a place", "The company's profit rose, helped by output from a new field in the North Sea that started production in January.", []string{"A new field in the North Sea starts production"}},
		{"phrases with no verb before a clause after and go with the clause before", "The closures will take effect after the Christmas holidays, on March 24, and the pupils will be moved to other schools.", []string{"The closures will take effect after the Christmas holidays"}},
		{"he is the noun an indefinite appositive describes", "The driver, a 51-year-old Spanish man, was arrested after a crash. He was released on Sunday afternoon.", []string{"The driver is released"}},
		{"an object's participle phrase may have a phrase of the verb after its date", "The British Museum has returned a carved wooden figure taken from Nigeria in 1897 to the Nigerian government.", []string{"A carved wooden figure is taken from Nigeria"}},
		{"appear has no passive to share", "The boy was arrested on Sunday and appeared at Croydon Youth Court on Tuesday.", []string{"The boy is arrested", "The boy appears at Croydon Youth Court"}},
		{"a list of months goes whole", "The bank cut rates three times last year, in February, May and August, but inflation rose.", []string{"The bank cuts rates three times last year"}},
		{"a plan the sentence says was called off dates nothing", "A strike by bus drivers that was due to start on Monday has been called off after the union and the operator reached a pay deal over the weekend.", []string{"The union and the operator reach a pay deal"}},
		{"a part of the day before a date goes with it", "Two climbers were rescued from Ben Nevis on the night of 8 March after becoming stranded in deep snow.", []string{"Two climbers are rescued from Ben Nevis"}},
		{"a numbered rank within a period dates nothing", "A rescue team reached them on Monday. It was the team's 31st call-out this year.", []string{"A rescue team reaches them"}},
		{"the time an anniversary falls in dates nothing", "It is ten years this week since the attacks in Paris killed 130 people.", nil},
		{"a clause after but with a subject of its own is no part of the title", "Ortiz was nominated in January but his confirmation was delayed for months by objections from senators.", []string{"Ortiz is nominated"}},
		{"a date that takes no in leaves the verb its particle", "Ortiz is expected to be sworn in next week.", []string{"Ortiz is expected to be sworn in"}},
		{"a relative on the subject closed by a name set off by commas", "The only surviving member of the group that carried out the attacks, Salah Abdeslam, was sentenced to life in prison in June 2022.", []string{"Salah Abdeslam is sentenced to life in prison"}},
		{"an office's name with and before who holds it is one person", "Work and Pensions Secretary Helen Carr quit on Tuesday afternoon.", []string{"Work and Pensions Secretary Helen Carr quits"}},
		{"what is before an awaited noun's date is not dated by it", "More than 40 Labour MPs have signed a letter calling for the cuts to be dropped before a Commons vote a week on Tuesday.", nil},
		{"a clock's dot ends a sentence", "The ferry struck rocks early on Saturday. It left the port at about 1.30am. All passengers were taken off by other boats.", []string{"The ferry strikes rocks", "The ferry leaves the port"}},
		{"appear before someone is no awaited noun", "The captain was arrested on Saturday and will appear before a prosecutor on Monday.", []string{"The captain is arrested", "The captain will appear before a prosecutor"}},
		{"a perfect passive shares its auxiliary", "Police said the man had been convicted of assault in 2019 and released from prison in 2023.", []string{"The man is convicted of assault", "The man is released from prison"}},
		{"at least opens a count, no phrase leading in", "In June 2024, at least 60 people were killed during protests against the earlier bill.", []string{"At least 60 people are killed during protests against the earlier bill"}},
		{"a preposition before which opens the relative", "The government signed an agreement with France in July under which some migrants are returned.", []string{"The government signs an agreement with France"}},
		{"two office-holders joined by and are two", "Mayor Alex Penelas and Mayor Joe Carollo met the family on Friday.", []string{"Mayor Alex Penelas and Mayor Joe Carollo meet the family"}},
		{"a clause after before keeps its own date", "The club said it hoped to name a permanent successor before the transfer window opens on March 24.", []string{"The club hopes to name a permanent successor before the transfer window opens"}},
		{"a verb like its past after a singular subject is past", "The company cut its annual profit forecast in February.", []string{"The company cuts its annual profit forecast"}},
		{"which after a place in a noun phrase tells of the noun", "The investment includes a new battery plant in North Carolina, which is due to begin production in 2027, and upgrades at its plants.", []string{"A new battery plant in North Carolina is due to begin production"}},
		{"whose after of owns the noun of ties on, without the main verb", "The remains of a Second World War pilot whose plane crashed into the sea off Norfolk in 1943 have been identified.", []string{"A Second World War pilot's plane crashes into the sea off Norfolk"}},
		{"a noun like a present verb before a finite verb opens a clause", "The wreck was found by divers in 2019, and remains recovered from the site were identified in January.", []string{"The wreck is found by divers", "Remains recovered from the site are identified"}},
		{"a noun like a present verb before a finite verb is no second predicate", "The wreck was found by divers in 2019, and remains recovered from it were identified using DNA from his niece earlier this year.", []string{"The wreck is found by divers"}},
		{"a name after with is what which tells of", "Her breakthrough came a decade later with \"Harmattan\", which transferred to the West End in 1990.", []string{"\"Harmattan\" transfers to the West End"}},
		{"step down from is no comparison", "Netflix said on Thursday that its co-founder, Reed Hastings, would step down from the board in June.", []string{"Reed Hastings will step down from the board"}},
		{"a relative on a reported subject goes", "A woman who was missing for 11 days in the Australian outback has been found alive, police in Western Australia said on Monday.", []string{"A woman is found alive"}},
		{"a predicate after and before the date is no part of an opener's phrase", "The men were convicted in February after a six-week trial at Winchester Crown Court and sentenced on Monday.", []string{"The men are convicted after a six-week trial at Winchester Crown Court", "The men are sentenced"}},
		{"a name the opens is which's antecedent with its article", "The market had been held back by uncertainty ahead of the Budget, which was delivered last Wednesday.", []string{"The Budget is delivered"}},
		{"a name with a part of two letters stays whole after an office", "President Xi Jinping said on Monday that talks would continue.", []string{"Xi Jinping says talks will continue"}},
		{"the first quarter of the year is one date", "Prices rose strongly in the first quarter of the year, as buyers rushed to complete purchases.", []string{"Prices rise strongly"}},
		{"an object's participle with its particle, then as", "The gang runs a fruit import company set up in 2022 as a front.", []string{"A fruit import company is set up"}},
		{"a hedged figure after down from is a comparison's base", "The company now expects profit of £80 million, down from at least £95 million forecast in February.", nil},
		{"a prepositional aside between commas is passed for the subject", "The walkout, by around 400 workers employed by a contractor, will begin on March 20.", []string{"The walkout will begin"}},
		{"a plain form after and shares the first predicate's modal", "The walkout will begin on March 20 and end on March 23.", []string{"The walkout will begin", "The walkout will end"}},
		{"a set after the day of saying leaves the day to the saying", "The regulator said Wednesday it would allow the firm to raise output to 42 a month, ending a cap it imposed after a door panel blew off a plane two years ago.",
			[]string{"A door panel blows off a plane", "The regulator says it will allow the firm to raise output to 42…"}},
		{"a clause an opener cuts inside a relative on the subject is passed with it", "Graham Fielding, 61, who led the force from 2014 until his retirement in 2020, was convicted on Tuesday of misconduct.",
			[]string{"Graham Fielding is convicted of misconduct"}},
		{"a name joined by for is the relative's antecedent whole", "The Office for National Statistics, which began the survey in 2021, said on Tuesday that it would stop.",
			[]string{"The Office for National Statistics begins the survey", "The Office for National Statistics says it will stop"}},
		{"a number's comma does not end a clause counted from publication", "The announcement comes a week after the carmaker said it would cut 35,000 jobs.", []string{"The carmaker says it will cut 35,000 jobs"}},
		{"a date ahead in a clause counted from publication is what was said", "The announcement comes a week after the carmaker said it would cut jobs by 2030.", []string{"The carmaker says it will cut jobs by 2030"}},
		{"a sentence that opens with That and a noun keeps its demonstrative", "Toyota opened a plant in 2021. That factory began shipping batteries in January.", []string{"Toyota opens a plant", "That factory begins shipping batteries"}},
		{"a period a reported figure covers leaves the reporting its date", "The company, which reported a loss of $5.3 billion for the third quarter last month, said it would cut jobs.",
			[]string{"The company reports a loss of $5.3 billion for the third quarter"}},
		{"a period in the subject is the figure's own", "Net income for the July-September quarter rose to T$452.3 billion ($14.8 billion) from T$325.3 billion a year earlier.",
			[]string{"Net income rises to T$452.3 billion ($14.8 billion) from T$325.3 billion a year earlier"}},
		{"a day long past ending a gerund of a charge dates that act", "The tribunal found him guilty of ordering police to open fire on July 18, 2024.", nil},
		{"a plan told of a noun after a preposition is the event", "She was released pending a trial expected in May.", []string{"A trial is expected"}},
		{"a plan told of a noun that a possibility waits for is the event", "She could be released pending a trial expected in May.", []string{"A trial is expected"}},
		{"a plan told of a noun with its infinitive is the event", "He faces a trial expected to start in May.", []string{"A trial is expected to start"}},
		{"a plan told of a noun where a coming act waits for it keeps the act", "The pieces will go on display at a new museum due to open in 2027.", []string{"The pieces will go on display at a new museum due to open"}},
		{"a plan's participle and infinitive on the subject keep their date", "A trial expected to start in May was delayed.", []string{"A trial expected to start in May is delayed"}},
		{"a plan the clause's verb makes is no participle", "The team planned to leave Nairobi on Thursday for Dar es Salaam.", []string{"The team plans to leave Nairobi for Dar es Salaam"}},
		{"a live report's greeting is no event", "08:10 - Good morning and welcome to our live coverage. The storm arrived overnight.", []string{"The storm arrives"}},
		{"a date naming a noun in a quotation dates no saying", `"The market is pricing out a December rate cut," said Tony Sycamore, an analyst at IG.`, nil},
		{"a range naming a noun goes whole from the title", "The Fed will lower rates at its March 18-19 meeting.", []string{"The Fed will lower rates at its meeting"}},
		{"a participle on a noun is no past verb before a coming span's start", "Under the plan, medical checks will begin for men born in 2008 or later from July 2027.",
			[]string{"Medical checks will begin for men born in 2008 or later"}},
		{"a firm's name is no surname", "Investors have pulled $3 billion from funds this month, according to data from Farside Investors.", []string{"Investors pull $3 billion from funds"}},
		{"a comma between two adjectives ends no clause", "Health authorities on Tuesday confirmed the first case of a new, more transmissible variant.",
			[]string{"Health authorities confirm the first case of a new, more transmissible variant"}},
		{"a pronoun in a relative on a name is that name", "Vizcarra, 62, who governed Peru from 2018 until he was removed by Congress in 2020, denied the charges.", []string{"Vizcarra is removed by Congress"}},
		{"a timeline's date dates its entry's whole first sentence", "1999 - The IT system, made by a contractor, is rolled out to branches.", []string{"The IT system is rolled out to branches"}},
		{"an entry's later sentence in the present is of its date", "December 2019 - The court rules against the firm. The firm agrees to pay £58m.", []string{"The court rules against the firm", "The firm agrees to pay £58m"}},
		{"an entry's first sentence ends at a semicolon", "Nov. 24, 2023 - A week-long truce begins; 105 hostages are freed in exchange for 240 prisoners.", []string{"A week-long truce begins"}},
		{"a period ending in a month goes with it", "The chipmaker expects revenue of about $65 billion in the three months ending in April, plus or minus 2%.",
			[]string{"The chipmaker expects revenue of about $65 billion, plus or minus 2%"}},
		{"a figure's decimal point is no abbreviation's stop", "Sales fell 3.2% in the six weeks to Jan. 4.", []string{"Sales fall 3.2%"}},
		{"an appositive on a date that ends the clause goes with it", "Most tax changes take effect from April 6, the start of the new tax year.", []string{"Most tax changes take effect"}},
		{"what happens as a rule dates nothing", "The rainy season typically runs from October to April.", nil},
		{"an adverb of manner is no rule", "Flights were operating normally on Wednesday morning, the operator said.", []string{"Flights are operating normally"}},
		{"a state before a dated predicate lends its subject", "He had been under house arrest since August and was taken into custody on Saturday.", []string{"He is taken into custody"}},
		{"a date a verb sets as something is its object", "The agency set Friday as the deadline for his return.", []string{"The agency sets Friday as the deadline for his return"}},
		{"the head of an of phrase after a measure stays in a short subject", "Mudslides triggered by days of heavy rain killed at least 23 people in Central Java on Tuesday.",
			[]string{"Mudslides triggered by days of heavy rain kill at least 23 people in Central…"}},
		{"that after a preposition points to a noun", "The city's last fire on that scale, in 1996, killed 41 people.", []string{"The city's last fire on that scale kills 41 people"}},
		{"an attribution that tells only where it was said leaves the title to what it reports", "The company has cut 500 jobs, it said in a statement on Monday.", []string{"The company cuts 500 jobs"}},
		{"a penalty's term in a lead is no time lasted", "A man who attacked police officers at the airport has been jailed for 12 years.", []string{"A man is jailed for 12 years"}},
		{"both before a pair of dates goes with them", "The Fed lowered its rate by a quarter point in both January and February.", []string{"The Fed lowers its rate by a quarter point"}},
		{"a year's comma before a range's second date ends no clause", "He lived in Paris from June 3, 2019, to March 2020.", []string{"He lives in Paris from June 3, 2019, to March 2020"}},
		{"when records began dates nothing", "Reservoirs are at 16% of capacity, the lowest level since records began in 1990.", nil},
		{"a pronoun a speaker reports after his possessive is not the speaker", "His lawyer, Marc Mukasey, said he died on Friday in Shenzhen.", []string{"Marc Mukasey says he died in Shenzhen"}},
		{"an owner before a name is the relative's antecedent's", "Tesla has appealed that ruling to the state's Supreme Court, which heard arguments last month.", []string{"The state's Supreme Court hears arguments"}},
		{"what is reported in a present the lists do not know titles the event", "Lufthansa plans to cut 4,000 jobs, the airline said on Monday ahead of a capital markets day.", []string{"Lufthansa plans to cut 4,000 jobs"}},
		{"a source's participle with its agent dates what it reports", "Ruiz won 41% of the vote, according to results published by the electoral board on Monday.", []string{"Ruiz wins 41% of the vote"}},
		{"a participle's phrase on a verb's prepositional object dates its noun, with its agent", "The inquiry centred on a letter sent in June 2023 by the mayor's office.", []string{"A letter is sent by the mayor's office"}},
		{"an appeal to readers is no event", "Anyone with information is asked to call police, quoting log 214 of 8 March.", nil},
		{"'she' keeps the full name of a surname two people share", "Former Governor Tomas Reyes was charged on Monday. His daughter, Senator Lina Reyes, said she would appeal. She visited her father on Tuesday.",
			[]string{"Tomas Reyes is charged", "Senator Lina Reyes visits her father"}},
		{"the main clause after a participle's dated aside is an event of its own", "The hearing, postponed in January, will now be held in the third quarter, the court said.",
			[]string{"The hearing is postponed", "The hearing will be held"}},
		{"a passive 'when' clause tells what happened at a span's start", "Ari Stone has been in custody since February, when he was arrested at his home.", []string{"Ari Stone is arrested at his home"}},
		{"a progressive 'when' clause is a state", "The plan follows a warning in July, when prices were rising.", []string{"The plan follows a warning"}},
		{"a relative in a present the lists do not know has its own date", "The company, which reports results on March 20, raised prices in the fourth quarter.",
			[]string{"The company raises prices", "The company reports results"}},
		{"a saying still to come attributes nothing", "The board, which will say on March 20 whether it backs the deal, cut its forecast in the fourth quarter.",
			[]string{"The board cuts its forecast", "The board will say whether it backs the deal"}},
		{"past verbs before a date ahead leave it to a noun", "The minutes of the January meeting, released last week, showed officials were opposed to a cut in April.",
			[]string{"The minutes of the January meeting are released"}},
		{"a relative on the subject is no part of the verb before a dated participle", "The duties, which take effect on April 1, follow an investigation launched in May 2023.",
			[]string{"An investigation is launched", "The duties take effect"}},
		{"a report with no object attributes", "The man was identified on Monday as a suspect, newspapers reported Tuesday.", []string{"The man is identified as a suspect"}},
		{"a predicate in a present the lists do not know, joined on after a past one, owns a coming span's start", "The operator carried a record 19 million passengers last year and plans to add 50 new trains from 2031.",
			[]string{"The operator carries a record 19 million passengers", "The operator plans to add 50 new trains"}},
		{"a month that opens with its article names the noun after it", "The agency said the previous November record, 37.4C, had been set in 2015.", []string{"The previous November record is set"}},
		{"an entry's label dates its first sentence past a finer date in a relative", "Dec. 2020 - Stone is arrested under the security law, which took effect on June 30 that year.",
			[]string{"The security law takes effect", "Stone is arrested under the security law"}},
		{"who was told, and where, attributes", "The state will ban the drinks from April 1, its health minister told the state assembly on Tuesday.", []string{"The state will ban the drinks"}},
		{"a date a verb targets is its object", "The agency said on Monday it is now targeting April for the launch.", []string{"The agency is now targeting April for the launch"}},
		{"the period a running total is counted over dates nothing", "Gold has gained about 60% so far this year.", nil},
		{"nor does one named before 'so far'", "The index has risen 12% this year so far.", nil},
		{"nor one after 'so far in'", "Sales have risen 5% so far in 2024.", nil},
		{"a greeting dates nothing", "07:45 - Good morning.\n08:20 - The river burst its banks shortly before 6am.", []string{"The river bursts its banks"}},
		{"a relative in the pluperfect agrees with its antecedent", "Researchers have revived microbes that had been frozen for 40,000 years, according to a study published on Monday.",
			[]string{"Researchers revive microbes that were frozen for 40,000 years"}},
		{"a kicker is no part of a title", "Weather: cold snap to bring snow to Scotland this weekend", []string{"Cold snap to bring snow to Scotland"}},
		{"a clause of its own after ', but' owns the stretch after its verb", "A previous ruling, in January 2024, had found the deployment unlawful, but the government went ahead after signing a new deal in March of that year.",
			[]string{"A previous ruling finds the deployment unlawful", "The government goes ahead after signing a new deal"}},
		{"a sentence opened by 'By' and a date, past after its comma, tells what was done by then", "By Sunday afternoon, residents of about 30 homes had been moved to a community hall.",
			[]string{"Residents of about 30 homes are moved to a community hall"}},
		{"what will have been done by a date is no act yet", "By March, the company will have cut 500 jobs.", nil},
		{"a date on a chance's phrase dates what may come, no act", "Traders now see an 85% chance of a quarter-point cut at the Fed's March 18-19 meeting, up from 30% a week ago.", nil},
		{"a date the clause leads to is its own, after a chance's phrase", "Markets had priced in a small chance of a cut as recently as a month ago.", []string{"Markets price in a small chance of a cut"}},
		{"a verb after a risk dates its own act", "The risk of flooding rose on Monday.", []string{"The risk of flooding rises"}},
		{"a past form with 'un-' after the relative's participle is its complement", "The chairman, who was elected unopposed in September, resigned on Monday.", []string{"The chairman is elected unopposed", "The chairman resigns"}},
		{"a predicate joined on after a 'when' clause's date is the main clause's", "The striker will join the squad when the window opens on April 1 and could play on April 4.", []string{"The striker will join the squad when the window opens", "The striker could play"}},
		{"a payment missed is missed on the day it falls due", "The retailer cut 300 jobs. Sales fell 18%, and it missed an interest payment of $2 million due on March 1.", []string{"The retailer misses an interest payment of $2 million due on March 1"}},
		{"what is due after a form of 'be' needs no date in its title", "Officials said final figures are due on Friday.", []string{"Final figures are due"}},
		{"a plan on a noun goes back past 'of' and its determiners", "She was released pending a trial of the two men expected early next year.", []string{"A trial of the two men is expected"}},
		{"a relative's infinitive is no main verb", "The report, which had been due to be published in the spring, was delayed twice, most recently in May.", []string{"The report is delayed twice"}},
		{"a plural relative verb tells of the plural noun before the place", "She called for new digs at the site, which are planned for June.", []string{"New digs at the site are planned for June"}},
		{"a date after 'before' and a participle is the participle's act", "Talks broke down twice before resuming on Tuesday.", []string{"Talks resume"}},
		{"a phrase before an attribution that ends the sentence closes the clause", "Talks broke down before resuming on Tuesday, officials said.", []string{"Talks resume"}},
		{"a reported clause's subject opens at its determiner", "The chief executive told reporters the airline had held talks with two makers before choosing the cheaper offer in October.", []string{"The airline chooses the cheaper offer"}},
		{"a pronoun opening the clause is the participle's subject", "He spent three years at Leeds before joining the club in 2019.", []string{"He joins the club"}},
		{"a relative on a noun with an adjective and 'of' tells of the whole phrase", "A spokesman said the government had no part in the final round of talks, which began on Friday.", []string{"The final round of talks begins"}},
		{"a live report's clock with no mark before its entry", "Live: storm hits coast\n\n07:05 Good morning.\n\n07:20 The operator has cancelled all ferry sailings.", []string{"The operator cancels all ferry sailings"}},
		{"the lead's report of an event titles it", "The prime minister, Ana Reyes, resigned on Tuesday, a day after her coalition lost a confidence vote in parliament.\n\nThe coalition lost its majority in September. The vote on Monday was lost by 101 to 93.", []string{"The coalition loses its majority", "Ana Reyes's coalition loses a confidence vote in parliament", "Ana Reyes resigns"}},
		{"a participle's phrase of time after the main date dates its own act", "Chief executive Tom Banks resigned on Monday. Banks, 54, took over in June 2020 after joining from a rival in 2017.", []string{"Banks joins from a rival", "Banks takes over", "Banks resigns"}},
		{"a word in -ing before a verb is a noun, no participle", "The ceasefire was agreed in January after fighting broke out in March.", []string{"The ceasefire is agreed", "Fighting breaks out"}},
		{"what was due by a day now come is told as not done", "The ferry left port at 4 p.m. and was due to arrive early on Wednesday.", []string{"The ferry leaves port"}},
		{"a pluperfect's bound reaches past a longer object", "Rescuers had pulled 89 survivors from the water by Wednesday morning.", []string{"Rescuers pull 89 survivors from the water"}},
		{"a promise by a date is no act done by it", "The leader promised a separate vote on the subsidies by mid-January.", nil},
		{"a relative after an appositive that ranks tells of the noun before it", "The talks come after a 40-day strike, the longest in the port's history, which ended on Tuesday.", []string{"A 40-day strike ends"}},
		{"a passive's agent is no object an 'it' after 'after' may name", "The new map was drawn in August. It was signed into law by the governor on Sept. 4, a day after it cleared the state Senate.", []string{"The new map is drawn", "The new map clears the state Senate", "The new map is signed into law by the governor"}},
		{"an example after a relative goes on with it", "A late try sealed the win for the hosts, who had lost their previous two matches, including a 30-12 defeat by Leinster last weekend.", []string{"The hosts lose their previous two matches including a 30-12 defeat by Leinster"}},
		{"'with' and a noun phrase's present participle is its act", "Air travel is expected to hit a record, with the aviation agency forecasting that it will screen 3.1 million passengers on Sunday, the busiest day.", []string{"The aviation agency forecasts that it will screen 3.1 million passengers"}},
		{"a participle in -eeing keeps its base", "The two sides disagreed for months before agreeing a deal on Monday.", []string{"The two sides agree a deal"}},
		{"what a causative 'had' has done is its object, not the subject", "The club had two bids rejected in October before agreeing a fee with the seller on Monday.", []string{"The club agrees a fee with the seller"}},
		{"a timeline's entry drops 'is' from a passive as a headline does", "Key dates:\n\nMarch 2019 - Dana Okafor appointed housing minister.\n\nJune 2020 - Okafor resigned.\n\nOctober 2021 - A truce brokered by Norway comes into force.\n\nDecember 2022 - The High Court rules that the system contained \"bugs\".",
			[]string{"Dana Okafor is appointed housing minister", "Okafor resigns", "A truce brokered by Norway comes into force", "The system contains \"bugs\""}},
		{"a stretch a preposition opens goes on past ', but'", "He will be available for the next game, against Como on Sunday, but cannot play in the cup until February.", []string{"He will be available for the next game, against Como"}},
		{"a verbless stretch after ', and' goes on with the clause before it", "The crew launched on April 22, and their mission was extended twice, most recently in September.", []string{"The crew launches", "Their mission is extended twice"}},
		{"a relative on a part, the sentence's only date, is that part's act", "The crew made four spacewalks, the last of which took place on Nov. 20.", []string{"The last of four spacewalks takes place"}},
		{"a part of whom is named with its noun phrase", "Police arrested three men, one of whom was charged on Tuesday.", []string{"One of three men is charged"}},
		{"a report of an object, its date between them, is the news", "Kessel Freight reported on Tuesday its third consecutive quarterly loss, blaming a slump that began last summer.",
			[]string{"A slump begins", "Kessel Freight reports its third consecutive quarterly loss"}},
		{"a date heading a noun phrase with an adjective stays in the title", "Sales rose 4% in a strong fourth quarter.", []string{"Sales rise 4% in a strong fourth quarter"}},
		{"a date after its article alone only qualifies the noun", "A 2021 review of 19 trials found no clear effect.", []string{"A review of 19 trials finds no clear effect"}},
		{"'at least' before a count is no preposition that ends the subject's head", "Rescuers say at least 12 buildings collapsed on Tuesday.", []string{"Rescuers say at least 12 buildings collapse"}},
		{"the period a change is measured on dates nothing", "Retail sales fell 0.4% in February, figures showed on Tuesday. Sales were down 1.1% on a year earlier.", []string{"Retail sales fall 0.4%"}},
		{"a day after a change is when it happened", "Shares fell 3% on Monday.", []string{"Shares fall 3%"}},
		{"a date between a verb of saying and 'that' is the saying's", "The mayor warned last week that the city would run out of money on March 30.", []string{"The city will run out of money"}},
		{"a date that was spent is the verb's object", "Engineers spent the summer studying the faults.", []string{"Engineers spend the summer studying the faults"}},
		{"a second time the same act happened is an event of its own", "The launch was delayed twice, first in September and again in December, while a new crew was readied.", []string{"The launch is delayed", "The launch is delayed"}},
		{"a duration after 'and then' repeats no act", "The minister will stop in Paris on Friday morning, and then about five hours in Rome.", []string{"The minister will stop in Paris"}},
		{"two dates a bare 'and' joins are one stretch", "The plant was shut in January and February.", []string{"The plant is shut"}},
		{"a participle's aside on a second predicate's object goes with its date", "He later taught in Geneva and wrote a memoir, published in 2019, that defended his record.", []string{"He writes a memoir"}},
		{"a participle's aside that the sentence's end closes goes with its date", "He wrote a memoir, published in 2019.", []string{"He writes a memoir"}},
		{"a date of a live entry's own dates what it reports, not the stamp", "09:10 The storm is expected to move east this afternoon.\n09:32 A spokesperson for the coastguard says crews rescued four people shortly after 6am.", []string{"Crews rescue four people", "The storm is expected to move east"}},
		{"a relative set off by commas before the date tells who the object is", "They face their nearest rivals, who are a point behind, on Boxing Day.", []string{"They face their nearest rivals"}},
		{"a participle's aside on the subject is no attribution", "The discovery, announced on Wednesday in the journal Nature, was made with a telescope that began work in the summer of 2022.", []string{"A telescope begins work", "The discovery is announced in the journal Nature"}},
		{"a participle on a bare plural after a preposition goes with its date", "The team spotted the object in images taken in January.", []string{"The team spots the object in images"}},
		{"a span in round figures counts back to no year", "A painting stolen in 1973 was returned on Wednesday, half a century after it was cut from its frame.", []string{"A painting is stolen", "A painting is returned"}},
		{"a repeat of a second predicate is told as it", "A search was launched on Friday but was called off on Saturday and again on Sunday.", []string{"A search is launched", "A search is called off", "A search is called off"}},
		{"a verb and its particle set off after the subject are no plan", "The pair, both in their 30s, set out from a hut early on Friday and were last heard from on Friday afternoon, when one of them sent a message.", []string{"The pair sets out from a hut", "The pair are last heard from"}},
		{"a simple past after a passive shares no auxiliary", "She was first elected to parliament in 2015 and became transport minister in last year's reshuffle.", []string{"She is elected to parliament", "She becomes transport minister in last year's reshuffle"}},
		{"an attribution aside between two predicates hides neither", "Talks began in January, according to people familiar with the matter, and stalled in February over the price.", []string{"Talks begin", "Talks stall over the price"}},
		{"a clause of its own after an attribution aside is not the first's predicate", "Part of a mine collapsed on Saturday, a local official said, and dozens more were feared trapped.", []string{"Part of a mine collapses"}},
		{"an attribution aside with a date of its own is kept", "Prices rose in January, according to a report published on Monday, and fell in February.", []string{"Prices rise"}},
		{"a participle's aside on what is reported's subject dates its own act", "The airline said a faulty software update, installed on Monday night, was to blame.", []string{"A faulty software update is installed"}},
		{"a part of a group named without a verb dates nothing", "The walls show the musicians who played there, many of them in the 1970s, when it was at its peak.", nil},
		{"a part of a group named without a verb keeps an event its 'when' clause tells", "At least 51 people were killed, most of them on Monday, when police opened fire on protesters.", []string{"Police open fire on protesters"}},
		{"a date naming the noun a bound leads into is the bound's", "Two independents who had backed the coalition since the 2023 election abstained.", nil},
		{"a plan's aside closing the sentence does not date a past act", "The company said it had set aside $180 million to cover the recall in its results, due on April 4.", nil},
		{"a plan's aside closing the sentence dates a coming act", "The company will publish its results, due on April 4.", []string{"The company will publish its results, due on April 4"}},
		{"a plan's aside closing the sentence dates a passive in the present", "Her deputy will take over until a replacement is named, expected later this week.", []string{"A replacement is named"}},
		{"a verb joined on after an infinitive is a second predicate, not a relative's main verb", "The boy left home on Friday to visit a friend and was last seen on Saturday.", []string{"The boy leaves home to visit a friend", "The boy is last seen"}},
		{"a 'whose' relative on the subject closed before the date leaves the title", "The singer whose ballads topped the charts throughout the 1960s died on Sunday in Los Angeles.", []string{"The singer dies in Los Angeles"}},
		{"a span in a relative on the subject dates no relative", "The actor whose career spanned six decades died on Sunday.", []string{"The actor dies"}},
		{"a lead-in phrase opened by 'against' is no subject", "On Saturday, against the champions, the team will have its best chance in a generation.", []string{"The team will have its best chance in a generation"}},
		{"a 'when' clause on a bound after ', and' tells what happened then", "A duet in 1998 brought him back to the charts, and he toured until 2019, when he was diagnosed with Parkinson's disease.", []string{"A duet brings him back to the charts", "He is diagnosed with Parkinson's disease"}},
		{"a quotation that only held the date goes with it", "The minister said the figures reflected high interest rates \"in the first half of the year\".", []string{"The figures reflect high interest rates"}},
		{"what was told a hearer in a memo titles the event", "The company will cut 6,000 jobs, or 4% of its staff, it told employees in a memo on Wednesday.", []string{"The company will cut 6,000 jobs, or 4% of its staff"}},
		{"a participle hyphened to a word is no verb", "City hosts second-placed United on Saturday.", []string{"City hosts second-placed United"}},
		{"a second scheduled present after 'and' is an event of its own", "City plays United on Saturday and travels to Newcastle on Tuesday.", []string{"City plays United", "City travels to Newcastle"}},
		{"a place's region after its comma is the opening phrase's", "Born in 1944 in Youngstown, Ohio, she worked in a steel mill.", []string{"She is born in Youngstown, Ohio"}},
		{"a title set off by commas goes on with the phrase before it", "Born in 1944, she worked in a mill before publishing her first novel, \"Slag,\" in 1979.", []string{"She is born", "She publishes her first novel, \"Slag\""}},
		{"a place set off by commas keeps its date", "The suspect was arrested on Monday after officers matched his car to footage taken near the most recent fire, at St Mary's on March 3.", []string{"The suspect is arrested"}},
		{"what stands between a comparative and its 'than' leaves the comparison", "The company has shipped more processors in the past six months than in the whole of 2023.", nil},
		{"a clause of time in a participle's aside on a reported subject is the aside's", "It said a new factory in Arizona, delayed twice since construction began in 2022, would start production in the second half of 2026.", []string{"Construction begins", "A new factory in Arizona will start production"}},
		{"a clause of time in a participle's aside on the subject is the aside's", "A new factory, delayed twice since construction began in 2022, will open in June.", []string{"Construction begins", "A new factory will open"}},
		{"an adverb between an auxiliary and its participle leaves the subject before them", "The panel said the regulator had properly weighed the effect on wetlands when it approved the route in 2022.", []string{"The regulator approves the route"}},
		{"a pronoun a clause takes as its object is not that clause's subject", "The developer has said the delay cost it roughly $1.2 billion, and it cut 400 jobs on Monday.", []string{"The developer cuts 400 jobs"}},
		{"what is warned a hearer after 'that' titles the event", "Operators warned passengers that trains on Friday would also be affected.", []string{"Trains will be affected"}},
		{"what is assured a hearer after 'that' titles the event", "The firm assured investors that the plant would reopen in June.", []string{"The plant will reopen"}},
		{"a passive after a modal is the second predicate the date ends", "Two developers have pleaded guilty and will be sentenced next month.", []string{"Two developers will be sentenced"}},
		{"a relative right after the subject shares its antecedent with a second predicate", "Two developers who paid him have pleaded guilty and will be sentenced next month.", []string{"Two developers will be sentenced"}},
		{"a plain verb and a name after the first date share its modal", "The comet will make its closest approach to the sun on April 2 and pass Earth about two weeks later.", []string{"The comet will make its closest approach to the sun", "The comet will pass Earth"}},
		{"a clause of time on a predicate after 'but' says when it happened", "The comet was billed as a great show but broke up as it rounded the sun in 2013.", []string{"The comet breaks up as it rounds the sun"}},
		{"a clause of time after two predicates joined by 'and' dates both", "Kevin Marsh, 41, killed two people and injured 17 when he mounted the pavement on the afternoon of 14 December.", []string{"Kevin Marsh kills two people and injures 17 when he mounts the pavement"}},
		{"whom a plural speaker tells of is who the sentence before is about", "Ana Lopez, 61, was convicted in September. Prosecutors said she took bribes in 2019.", []string{"Ana Lopez takes bribes", "Ana Lopez is convicted"}},
		{"what a collective noun gathers is given with it, past a participle's aside on the subject", "The new wing, designed by a Danish firm, houses a collection of 400 modern paintings donated by a local couple in 2019.", []string{"A collection of 400 modern paintings is donated by a local couple"}},
		{"a participle's phrase on the object dates it past an aside on the subject", "The team, led by a microbiologist, collected samples from a tunnel dug into the permafrost by the army in the 1960s.", []string{"A tunnel is dug into the permafrost by the army"}},
		{"a possessive on the date goes with it", "The company will take a charge of $900 million in its fiscal third quarter.", []string{"The company will take a charge of $900 million"}},
		{"a possessive on a noun the date qualifies stays", "Her 2019 paper on coral bleaching was cited by the court.", []string{"Her paper on coral bleaching is cited by the court"}},
		{"a relative on a noun an example leads into is a clause of its own", "Three people have died since the storms began on Monday, including a man whose car was swept away late on Tuesday.", []string{"The storms begin", "A man's car is swept away"}},
		{"a participle on a preposition's noun leaves its date to a 'when' clause", "The river peaked on Sunday, just below the level reached in May 2023, when floods killed 17 people.", []string{"Floods kill 17 people", "The river peaks"}},
		{"a subject after a saying verb keeps its date beside a 'when' clause", "Officials said the plan passed in 2019, when the party held a majority.", []string{"The plan passes"}},
		{"what figures showed, with no 'that', titles the event", "Figures showed the economy had grown by just 0.1% in the fourth quarter.", []string{"The economy grows by just 0.1%"}},
		{"a count of times before a bare 'and' makes each date an event", "The bank has cut rates twice this year, in January and March.", []string{"The bank cuts rates", "The bank cuts rates"}},
		{"a bare 'and' between dates with no count is one event", "The bank cut rates in January and March.", []string{"The bank cuts rates"}},
		{"a date that takes no 'on' leaves it to the verb", "The agreement, which members will vote on next week, raises pay by 14%.", []string{"Members will vote on the agreement"}},
		{"a phrase on 'after' with the sentence's only date dates its clause after a comma", "MPs have voted in favour of the bill, after an emotional debate on Monday.", []string{"MPs vote in favour of the bill"}},
		{"a phrase on 'after' after a comma leaves a dated clause its own date", "Talks collapsed in January, after a vote on Monday.", []string{"Talks collapse"}},
		{"a letter asking for something is an act, no attribution", "Unions wrote to the minister on Monday asking for talks, a request he rejected on Tuesday.", []string{"Unions write to the minister asking for talks", "He rejects a request"}},
		{"a contact relative keeps its verb's particle", "Lawyers appealed against a ruling Judge Cote handed down on Monday.", []string{"Judge Cote hands down a ruling"}},
		{"a day a verb of scheduling sets its object for is the object's", "The judge set sentencing for March 18. The court has scheduled a hearing for Friday.", []string{"A hearing is scheduled", "Sentencing is set"}},
		{"a period set for is no scheduling", "The council set its budget for 2026. The union set aside money for March 3.", []string{"The union sets aside money", "The council sets its budget"}},
		{"the clause a noun of one occasion opens is what happened then", "The last time MPs voted on the issue, in 2015, they rejected it. The last time the party won the seat was in 1997.", []string{"The party wins the seat", "MPs vote on the issue"}},
		{"a passive in the clause of an occasion is no copula", "The last time the seat was won by Labour, in 1997, turnout fell.", []string{"The seat is won by Labour"}},
		{"an irregular participle before its agent is a reduced relative", "A lander built by a Texas company touched down on Thursday.", []string{"A lander built by a Texas company touches down"}},
		{"a word hyphened to the next opens no clause", "Shares jumped 9% in after-hours trading Tuesday after the company reported results.", []string{"Shares jump 9% in after-hours trading"}},
		{"the period a forecast covers dates nothing", "The company reported a loss and raised its forecast for the rest of the fiscal year.", nil},
		{"a present intention joined on after a perfect has the date of its infinitive", "The agency has opened two clinics and plans to open two more next week.", []string{"The agency plans to open two more"}},
		{"a pronoun reported by a speaker named by its possessive is who the sentence before is about", "Ana Ruiz was a judge for 30 years. Her family said she died at home on Monday.", []string{"Ana Ruiz dies at home"}},
		{"the day of the lead's news goes to it when the same subject does the same", "Ana Ruiz, a former judge, has died aged 80. Her family said she died at home on Monday.", []string{"Ana Ruiz dies aged 80"}},
		{"a lead's news with an object of its own is not the dated act's", "Ana Ruiz, the city's mayor, has closed the main road. She closed a bridge on Monday.", []string{"Ana Ruiz closes a bridge", "Ana Ruiz closes the main road"}},
		{"'it' names a body a name ending in an institution's noun names", "Russia's Defense Ministry said its air defenses downed 41 drones on Tuesday.", []string{"Russia's Defense Ministry's air defenses down 41 drones"}},
		{"a main clause before 'after' with no date of its own is the news the date tells of", "A man died after a tree fell on his van on Monday. He died in January after a wall fell on his car on Monday.", []string{"A man dies", "A man dies after a tree falls on his van", "A wall falls on his car"}},
		{"a claim with nothing reported shares its speaker with the predicate after it", "Simion claimed victory on Sunday but conceded on Monday.", []string{"Simion claims victory", "Simion concedes"}},
		{"a passive with a subject of its own is no attribution", "Its shares have fallen sharply, and it cut 2,000 jobs in a restructuring announced in February.", []string{"A restructuring is announced"}},
		{"a past date ending a relative in a present perfect clause is the relative's", "He has pledged to cut a budget deficit that reached 9.3% of GDP last year. Police have arrested the man who killed a doctor last October.", []string{"A budget deficit reaches 9.3% of GDP", "The man kills a doctor"}},
		{"a past date ending a relative in a past clause may be the clause's", "Police arrested the man who killed a doctor last October.", []string{"Police arrest the man who killed a doctor"}},
		{"a phrase on 'with' and no participle dates nothing", "Prices have risen sharply, with record highs in 2023. Since then ice has declined, with record lows in 2022, 2023 and now 2024.", nil},
		{"a phrase on 'with' and a participle dates its clause", "Officials reopened the bridge, with traffic resuming on Monday.", []string{"Officials reopen the bridge, with traffic resuming"}},
		{"a list of dates goes on after 'and now'", "Floods hit the town in 2021, 2023 and now 2025.", []string{"Floods hit the town"}},
		{"a date in the act a release arrives a measure after is that act's", "The sequel arrives three years after the original became a hit, grossing $1 billion in 2022.", []string{"The original becomes a hit"}},
		{"a range that ends an object's participle dates what the participle tells", "The firm said last week it had found a flaw in discs produced between 2021 and 2023.", []string{"The firm says it found a flaw in discs produced between 2021 and 2023"}},
		{"after a clause in the present a participle's act on a date's possessive is the event", "The chancellor is facing a backlash after announcing tax rises in Monday's budget, the largest since 1993. The coach is under pressure after losing Sunday’s final.", []string{"The coach loses the final", "The chancellor announces tax rises"}},
		{"after a clause in the past a participle's act stays with it", "He was fired after missing training on Monday.", []string{"He is fired after missing training"}},
		{"what is told on a call is reported", "The chief executive told analysts on a call that the airline had leased six planes last month.", []string{"The airline leases six planes"}},
		{"an appositive whose only verb is an infinitive is passed to the subject", "The closures, part of a plan to cut $18 million, will take effect on July 1.", []string{"The closures will take effect"}},
		{"a hyphened word is one word to merging", "Rail drivers walked out on Monday in a long-running dispute over pay.\n\nOn Monday, Network Rail said few services were running.", []string{"Rail drivers walk out in a long-running dispute over pay", "Network Rail says few services are running"}},
		{"a comparison with its base leaves the date after it to the clause", "Services will start later than usual on Friday.", []string{"Services will start later than usual"}},
		{"a body is no 'she' but is 'it'", "Parliament elected Ines Moreau on Tuesday, a month after her predecessor resigned. Parliament said its budget was cut on Monday.", []string{"Her predecessor resigns", "Parliament's budget is cut", "Parliament elects Ines Moreau"}},
		{"a second predicate after an adverb is in the present", "The fire started near a highway on Tuesday and quickly spread.", []string{"The fire starts near a highway and quickly spreads"}},
		{"the time a story is set in dates nothing", "The judges praised the book, which tells the story of three sisters in the 1980s. The film depicts life in Berlin in 1961.", nil},
		{"a main clause before 'after' is no news of a month the after-clause names", "The justices acted after two lower courts ruled in January that the tariffs were illegal.", []string{"Two lower courts rule that the tariffs were illegal"}},
		{"after a comma 'and' joins the main predicate past a question it took", "The court agreed on Tuesday to decide whether the law was valid, and scheduled arguments for the first week of April.", []string{"The court agrees to decide whether the law was valid", "Arguments are scheduled"}},
		{"a span counted from a time named before leaves the title", "Negotiations had stalled repeatedly since then, most recently in January.", []string{"Negotiations stall repeatedly"}},
		{"a verbless phrase on 'after' leads into the clause", "In January, after months of delays, the regulators denied the permit.", []string{"The regulators deny the permit"}},
		{"a name after 'after' and before a comma opens an appositive", "The statement came an hour after Gregory Craig, the family's lawyer, announced on Monday that the father would travel to the United States.", []string{"Gregory Craig announces the father will travel to the United States"}},
		{"a pronoun after a possessive's appositive name, not reported, is that name", "Pope Leo will travel to Lebanon. His predecessor, Pope Francis, had planned the trip before he died in January.", []string{"Pope Francis dies"}},
		{"a hyphened word's part that is no participle counts for merging", "The intelligence-sharing pause began on Monday.\n\nOn Monday, the intelligence ban started.", []string{"The intelligence-sharing pause begins"}},
		{"a clause of time inside a relative on the subject leaves the subject its perfect", "A van driver who was scrolling through his phone when he hit a cyclist has been jailed for eight years.", []string{"A van driver is jailed for eight years"}},
		{"an infinitive after the date is no verb a reduced relative's noun takes", "Its members voted by 89% in January to extend their mandate for strike action until 2027.", []string{"Its members vote by 89% to extend their mandate for strike action until 2027"}},
		{"a straight quotation mark that closes a quotation leaves the text after it as it is", "The festival will take a \"fallow year\" in 2026 to give the land a rest.", []string{"The festival will take a \"fallow year\" to give the land a rest"}},
		{"a hyphened modifier and its determiner before a name are the noun phrase's", "The 38-year-old Serb, who lost in the semifinals here in January, broke serve twice.", []string{"The 38-year-old Serb loses in the semifinals here"}},
		{"an infinitive after a comma goes on with the clause before", "Officials said the firm took months, and in some cases a year, to pay refunds owed between March 2020 and June 2021.", []string{"The firm takes months, and in some cases a year, to pay refunds owed…"}},
		{"a participle with its state's noun is a reduced relative", "Two soldiers taken prisoner in the raid were released on Monday.", []string{"Two soldiers taken prisoner in the raid are released"}},
		{"a collective noun's phrase takes a reduced relative", "The cuts follow a round of 1,500 layoffs announced in January.", []string{"A round of 1,500 layoffs is announced"}},
		{"an appositive on the date goes with it before the next clause", "Her ban runs from May 14, the date of the suspension, and all her results have been disqualified.", []string{"Her ban runs"}},
		{"an adverb that changes what is told stays", "She was provisionally suspended in February.", []string{"She is provisionally suspended"}},
		{"an adverb before the verb is no part of the subject's number", "Officers quickly arrested a man on Monday.", []string{"Officers quickly arrest a man"}},
		{"a count's clause after 'and' is put in the present", "Six people were killed on Monday and 14 were missing.", []string{"Six people are killed and 14 are missing"}},
		{"a dated 'with' phrase ends at its comma", "With the bridge closed on Monday, traffic was diverted.", []string{"The bridge is closed"}},
		{"a past form after a determiner in a 'with' phrase is an adjective", "With the finding of a buried rifle on Monday, police said they had enough evidence.", []string{"Police say they had enough evidence"}},
		{"a title opening with a preposition tells an event worse", "With the finding of a buried rifle 11 days ago, the authorities in the Buffalo, N.Y., area say they have enough evidence. The rifle was discovered March 1 buried one foot below the ground.", []string{"The rifle is discovered buried one foot below the ground"}},
		{"a clause before a relative with a finer date is an event of its own", "Daniel Okoro was convicted in June 2010 of murdering Simon Pryce, who was found stabbed in a park on 14 August 2009.", []string{"Simon Pryce is found stabbed in a park", "Daniel Okoro is convicted of murdering Simon Pryce"}},
		{"a contact clause inside a relative on the subject hides no main verb", "A man who spent 15 years in prison for a murder he has always denied committing was freed on Monday.", []string{"A man is freed"}},
		{"a date naming what a preposition of concern takes dates no clause", "He was jailed for the 2009 murder of his wife.", nil},
		{"an entry's later sentence in the present before a preposition is of its date", "March 3 — The inspectorate opens an investigation. Local MP Hannah Price calls for him to resign.", []string{"The inspectorate opens an investigation", "Local MP Hannah Price calls for him to resign"}},
		{"an entry's past form before a bare plural noun is its adjective", "March 3 — Harwick Water detects elevated levels of E. coli at its works.", []string{"Harwick Water detects elevated levels of E. coli at its works"}},
		{"an entry's 'that' relative with a date of its own is no part of it", "March 4 — Tests find the source: a cracked pipe that allowed runoff into a reservoir after heavy rain in late February.", []string{"Tests find the source: a cracked pipe"}},
		{"a live report's stamped headings and clock times are news", "Live: storm hits coast\n\n09:30 Schools closed\n\nMore than 200 schools are shut.\n\n11:20 Gust of 98mph recorded\n\nThe Met Office says a gust of 98mph was recorded at Great Dun Fell at 09:00.\n\n12:58 Rail services suspended\n\nNetwork Rail has suspended all services.", []string{"A gust of 98mph is recorded at Great Dun Fell", "Schools are closed", "Rail services are suspended"}},
		{"after the subject's appositive a past form is the verb, no aside", "Verona Foods, the maker of biscuits, reported a loss on Tuesday, hit by a costly recall in the spring.", []string{"Verona Foods reports a loss"}},
		{"a date that ends a period is no object's act, and the saying's date dates nothing more", "Crude inventories rose by 5.2 million barrels in the week ended March 7, the agency said on Wednesday.", []string{"Crude inventories rise by 5.2 million barrels"}},
		{"a past form after 'than' is no verb", "Japan's economy shrinks more than expected in the first quarter.", []string{"Japan's economy shrinks more than expected"}},
		{"a period that is its clause's subject stays", "The figure was worse than forecast, but the October-December quarter was revised up to 2.3% growth.", []string{"The October-December quarter is revised up to 2.3% growth"}},
		{"a predicate after a verbless aside shares the subject before it", "United are 14th in the league, 19 points behind the leaders, and were knocked out of the cup on Thursday.", []string{"United are knocked out of the cup"}},
		{"a date that opens what 'that' reports goes on with it", "The court heard that in July 2020, Marsh used a VIP lane to steer orders to three firms.", []string{"Marsh uses a VIP lane to steer orders to three firms"}},
		{"a subject's head comes before 'across'", "Polling stations across Ireland opened at 7am on Monday.", []string{"Polling stations across Ireland open"}},
		{"a predicate after a relative aside shares the subject before it", "The winner will succeed Higgins, who has served two terms since 2011, and will be inaugurated on March 20.", []string{"The winner will be inaugurated"}},
		{"a phrase set off after 'and' stands between it and its predicate", "She qualified in 1962 and, after training in Houston, joined Papworth in 1971.", []string{"She qualifies", "She joins Papworth"}},
		{"an appositive after an opening participle's phrase is no part of the subject", "Born in Sheffield on 2 March 1938, the daughter of a steelworker, Ellison won a scholarship in 1956.", []string{"Ellison is born in Sheffield", "Ellison wins a scholarship"}},
		{"a past form after a determiner and its qualifier is an adjective", "Turnout in the last contested presidential election, in 2018, was 44%.", []string{"Turnout in the last contested presidential election is 44%"}},
		{"a dated death that is its clause's subject is the dying, which a lead's undated death is", "Margaret Ellison, who performed the first heart transplant on a child, has died. She was 87.\n\nHer death, at her home in Cambridge on March 7, was announced by the hospital.", []string{"Margaret Ellison dies"}},
		{"a date a request asks for something by dates no asking", "The regulator said it had asked the airline for a full report by the end of next week.", nil},
		{"after a stretch told in the progressive 'after' opens the dated act", "Sherrill beat Jack Ciattarelli, who was making his third run for the office after losing in 2021.", []string{"Jack Ciattarelli loses"}},
		{"a pronoun after a predicate joined by 'and' names that predicate's subject", "In Virginia, Abigail Spanberger defeated Winsome Earle-Sears and will become governor when she is sworn in on March 17.", []string{"Abigail Spanberger is sworn in"}},
		{"a past form after a preposition is no verb of the clause", "The storm made landfall on Monday with sustained winds of 150 kph and crossed the region on Tuesday.", []string{"The storm makes landfall with sustained winds of 150 kph", "The storm crosses the region"}},
		{"what came a measure of time after a dated act is that act", "It came weeks after an earthquake on March 1 killed 79 people.", []string{"An earthquake kills 79 people"}},
		{"a subject's dated participle aside that ends its clause tells what was done to it", "The Bank's forecast, published on Thursday 6 March, had inflation peaking at 3.8%.", []string{"The Bank's forecast is published"}},
		{"what a verb of having takes before a participle does the gerund's act", "The forecast had inflation peaking at 3.8% in March before falling back to its target in the spring of 2027.", []string{"The forecast had inflation peaking at 3.8%", "Inflation falls back to its target"}},
		{"a subject's participle aside may have its particle", "The inquiry, set up in June after a newspaper revealed the contracts, has interviewed 60 witnesses.", []string{"The inquiry is set up"}},
		{"a saying with its clause after 'but' is a second predicate", "A fourth minister resigned on Monday but said she would continue to support the government.", []string{"A fourth minister resigns"}},
		{"a plan set off after its noun is that noun's", "It will go on show at a new museum in Benin City, due to open in late 2026.", []string{"A new museum in Benin City is due to open"}},
		{"an appositive holding a relative is no part of the subject", "Helix AI, a startup that designs chips for AI models, said on Monday it had raised $2 billion in a funding round.", []string{"Helix AI says it raised $2 billion in a funding round"}},
		{"a past form after 'no' is an adjective", "Liam Carter, of no fixed address, was arrested on Wednesday.", []string{"Liam Carter is arrested"}},
		{"amounts' words tell no shared news", "Helix said on Monday it had raised $2 billion in a round led by Nvidia. Earlier Monday, Nvidia said it would invest $5 billion in Intel.", []string{"Helix says it raised $2 billion in a round led by Nvidia", "Nvidia says it will invest $5 billion in Intel"}},
		{"'last' in a verb group joined on shares the first predicate's 'was'", "The bridge was built in 1971 and last inspected in February.", []string{"The bridge is built", "The bridge is last inspected"}},
		{"'last' after a joined 'was' stands inside the verb group", "The bridge was built in 1971 and was last inspected in February.", []string{"The bridge is built", "The bridge is last inspected"}},
		{"a day after its month is no count opening a relative's noun", "The museum has been shut since the Oct. 19 robbery, which took place at 9 a.m.", []string{"The Oct. 19 robbery takes place"}},
		{"a relative inside the subject's aside is no cleft", "The deal, reached after talks that ran late, will give workers a 4% raise in July.", []string{"The deal will give workers a 4% raise"}},
		{"'alone' after a date goes with it", "Sales rose 14% in January alone, the company said.", []string{"Sales rise 14%"}},
		{"a second thing said past the speaker's aside", "The chain, which trades from 214 stores, said trading had improved and that sales in the first week of March were up 1.5%.", []string{"Sales are up 1.5%"}},
		{"a bare plural's participle after a present verb takes the past date", "The bill includes $12 billion in aid for states hit by hurricanes in January and February.", []string{"States are hit by hurricanes"}},
		{"the end of a period still to come that a forecast is for dates nothing", "The airline expects a profit of £410m for the year to March 2026.", nil},
		{"what a finding reports without 'that' is the event", "An investigation found the company had failed to maintain its works in 2021.", []string{"The company fails to maintain its works"}},
		{"a predicate after a reported clause's past keeps its tense", "The company said on Tuesday that it accepted the findings and had apologised.", []string{"The company says it accepted the findings and apologised"}},
		{"a verb of saying with its means shares the passive past a participle's aside", "The galaxy, named MoM-z14, was first spotted in 2024 and confirmed with new observations in January.", []string{"The galaxy is spotted", "The galaxy is confirmed with new observations"}},
		{"a body named by its initials is an 'it'", "The WHO said two doses were needed. It urged governments to act in January.", []string{"The WHO urges governments to act"}},
		{"a body named by its initials alone is an 'it'", "UNICEF said it would help. It opened clinics in January.", []string{"UNICEF opens clinics"}},
		{"initials that spell 'who' open no relative", "The WHO said that cases had risen sharply in January.", []string{"Cases rise sharply"}},
		{"a known present verb before its object's participle", "The settlement resolves a case filed in February 2022 under a state law that requires consent.", []string{"A case is filed"}},
		{"a present verb we know comes before a participle", "The deal resolves a lawsuit brought by shareholders, the company said on Tuesday.", []string{"The deal resolves a lawsuit brought by shareholders"}},
		{"a pronoun's sentences before it name no one", "Holland joined the BBC in 1956. He read the news on the night of the moon landing in 1969.\n\nHe left the BBC in 1992 after a row over cuts to the newsroom. He was knighted in 2003.", []string{"Holland joins the BBC", "Holland reads the news on the night of the moon landing", "Holland leaves the BBC", "Holland is knighted"}},
		{"a date in a participle's aside on who said a quotation dates the aside", "“Nothing is certain,” said a government communique, read on Monday night at a rally.", []string{"A government communique is read at a rally"}},
		{"what figures published on a day show is dated by its own date", "The waiting list fell to 7.36 million in September, official figures published on Thursday show.", []string{"The waiting list falls to 7.36 million"}},
		{"a date in a verbless phrase is its noun's participle's", "Only 59.8% were seen in time, well short of the 92% target last met in February 2016.", []string{"The 92% target is met"}},
		{"the date of what an amount is matched with dates nothing", "Flu admissions rose sharply, to three times as many as at the same point last year.", nil},
		{"a month naming the quarter a forecast is for dates nothing", "The company forecast growth of 10% to 12% for the December quarter.", nil},
		{"a second predicate after 'or' is in the present too", "In 2023, 18 climbers died or went missing on the mountain.", []string{"18 climbers die or go missing on the mountain"}},
		{"a one-word name no person has is an 'it'", "Ford said it was not aware of any crashes. It first learned of the issue in early September.", []string{"Ford learns of the issue"}},
		{"a day after a present perfect's 'of' dates the noun, and what happened in it", "Police have released a timeline of the crush on Saturday night, in which 11 people died and more than 80 were injured.", []string{"11 people die and more than 80 are injured in the crush"}},
		{"a day after a present perfect's 'of' dates the noun", "Police have released footage of the attack on Monday.", []string{"The attack"}},
		{"what a noun after a present perfect's 'of' tells is compared by its own words", "Police have released a timeline of the crush on Saturday night, in which 11 people died.\n\nBy 8:05 p.m., police had closed the road outside.", []string{"Police close the road outside", "11 people die in the crush"}},
		{"a 'that' after a noun before a verb opens a relative, no cleft", "Inflation in the 20 countries that use the euro eased to 2.1% in November.", []string{"Inflation in the 20 countries that use the euro eases to 2.1%"}},
		{"an 'as' with a subject and its verb ends a past form's phrase", "On Saturday, stewards radioed for help as fans were pushed against a turnstile.", []string{"Stewards radio for help as fans were pushed against a turnstile"}},
		{"a 'when' with only a participle dates the clause before", "Feeney had lied to investigators when first questioned in the summer of 2022.", []string{"Feeney lies to investigators when first questioned"}},
		{"a participle after a possessive is no verb whose subject a pronoun names", "The commission published its written reasons on Monday, a month after it delivered its verdict.", []string{"The commission delivers its verdict", "The commission publishes its written reasons"}},
		{"a participle's phrase with a hedged count is no part of the subject's number", "A search involving more than 100 volunteers began on Thursday.", []string{"A search involving more than 100 volunteers begins"}},
		{"a plain verb joined after a plural's plain present is its own event", "Nominations open at 9 a.m. on Wednesday and close at noon the following Tuesday.", []string{"Nominations open", "Nominations close"}},
		{"a time ahead after a past verb and 'of' is what the verb spoke of", "Nestle increased prices in the second half of last year and warned of further rises in 2026.", []string{"Nestle increases prices and warns of further rises in 2026"}},
		{"a participle after a determiner and a compound is an adjective", "A 17th-century illuminated manuscript looted by British troops in 1868 was handed back on Friday.", []string{"A 17th-century illuminated manuscript is looted by British troops", "A 17th-century illuminated manuscript is handed back"}},
		{"a compound with a figure may be the noun before its verb", "The 22-year-old was set to join the club on Monday.", []string{"The 22-year-old is set to join the club"}},
		{"the time of what an appeal asks for dates no appeal", "Detectives appealed for anyone with dashcam footage from the area between 6.30pm and 8pm on Sunday to come forward.", nil},
		{"a plan and its infinitive after 'and' is a predicate of its own", "The boy was arrested shortly after the attack and is due to appear in court on Wednesday.", []string{"The boy is due to appear in court"}},
		{"a participle with its particle is no part of the subject's number", "Winds gusting up to 70 mph picked up again on Monday.", []string{"Winds gusting up to 70 mph pick up again"}},
		{"each predicate of a subject's aside has its date", "The freeze, first introduced in 2021 and due to end in 2028, will now be extended by three years.", []string{"The freeze is introduced", "The freeze is due to end"}},
		{"a passive after a modal is no past that leaves a coming start undated", "Reeves confirmed that the two-child limit would be scrapped from next April.", []string{"The two-child limit will be scrapped"}},
		{"a time lasted in a clause of its own leaves the lead its news", "An NHS trust has been fined £800,000 after a woman died while she was left on a trolley for more than 12 hours.", []string{"An NHS trust is fined £800,000"}},
		{"a relative with a subject of its own is no subject relative", "NordAir received a state loan during the pandemic, which it repaid in full in December.", []string{"NordAir receives a state loan during the pandemic, which it repaid in full"}},
		{"a clause after a semicolon is an event of its own", "A second case went to trial in September 2024; a judge ruled in April that the company had broken the law.", []string{"A judge rules that the company broke the law", "A second case goes to trial"}},
		{"a case heard in the passive is no report", "The case was heard in April, and closing arguments were delivered in May.", []string{"The case is heard", "Closing arguments are delivered"}},
		{"a copula's clause is not dated by the phrase after it", "It was the party's second defeat in six months, following the loss of a seat in June.", nil},
		{"a past form with a bare object after a passive is active", "The probe was launched on July 14 and entered lunar orbit on Aug. 5.", []string{"The probe is launched", "The probe enters lunar orbit"}},
		{"a past form a complement follows after a passive shares it", "The driver was arrested on Monday and found guilty on Friday.", []string{"The driver is found guilty", "The driver is arrested"}},
		{"an active predicate after a comma goes back past what was reported", "The council revealed in June that it faced liabilities of £650m, and imposed a freeze on spending in July.", []string{"The council reveals that it faced liabilities of £650m", "The council imposes a freeze on spending"}},
		{"an active predicate with an object goes back to who reported", "Police said on Monday that a man was arrested, and charged two women on Tuesday.", []string{"Police charge two women"}},
		{"a list's commas inside a relative close no aside", "Ada Reyes, the singer, songwriter and producer whose work with Tom Hale, Lia Moss and Ben Ortiz spanned four decades, died on Sunday at her home in Lisbon.", []string{"Ada Reyes dies at her home in Lisbon"}},
		{"a run of sentences a pronoun leads goes back to the name", "Ada Reyes was born in Porto in 1950.\n\nIn 1970 she moved to Lisbon. Two years later she joined a band.\n\nShe recorded her first album in 1975. In 1980 she won a national prize.\n\nShe retired in 2001.", []string{"Ada Reyes is born in Porto", "Ada Reyes moves to Lisbon", "Ada Reyes joins a band", "Ada Reyes records her first album", "Ada Reyes wins a national prize", "Ada Reyes retires"}},
		{"a gerund's pronoun subject is named as its clause's is", "Jordan Hale killed a man in June. He was sentenced on Monday after pleading guilty to murder in October.", []string{"Jordan Hale kills a man", "Jordan Hale pleads guilty to murder", "Jordan Hale is sentenced"}},
		{"a clause with a subject of its own after 'and' without a comma is its own event", "Talks collapsed in May and the union called a strike in June.", []string{"Talks collapse", "The union calls a strike"}},
		{"a date after 'and' in a range opens no clause", "The bank raised rates 10 times between May 2022 and June 2023 before starting to cut last March.", []string{"The bank raises rates 10 times between May 2022 and June 2023", "The bank starts to cut"}},
		{"a list of subjects with commas is no appositive", "On Sunday, the Treasury, the central bank and the regulator said all depositors would be protected.", []string{"The Treasury, the central bank and the regulator say all depositors will be protected"}},
		{"a timeline entry's label leads into the subject a possessive names", "March 8: LKB announces a loss of $1.8 billion. Its shares fall 60% the next day.", []string{"LKB announces a loss of $1.8 billion", "LKB's shares fall 60%"}},
		{"a 'that' relative with a subject of its own lacks its verb's object", "The bill leaves out aid for Ukraine that the White House had requested in August.", []string{"The White House requests aid for Ukraine"}},
		{"a 'that' after a hearer opens what was told", "He told the court that the defendant had lied in May.", []string{"The defendant lies"}},
		{"a 'that' relative in the passive lacks no object", "Inspectors found cracks in the beams that the contractor was paid in March.", []string{"Inspectors find cracks in the beams that the contractor was paid"}},
		{"a present announcing is a verb, not a part of the subject", "March 8: LKB announces it has sold $21 billion of bonds. Its shares fall 60% the next day.", []string{"LKB announces it has sold $21 billion of bonds", "LKB's shares fall 60%"}},
		{"a participle after a degree word is an adjective", "Delegates from the least developed countries walked out on Saturday afternoon. They returned later that evening.", []string{"Delegates from the least developed countries walk out", "Delegates from the least developed countries return"}},
		{"'and' may join a noun phrase in a participle's phrase", "Tsunami warnings issued for the islands and the Philippines were lifted on Wednesday.", []string{"Tsunami warnings issued for the islands and the Philippines are lifted"}},
		{"'and' before a verb that does not agree opens a clause", "Rescuers searched for survivors and the army was deployed on Wednesday.", []string{"Rescuers search for survivors and the army was deployed"}},
		{"a rate's unit is no noun a relative tells of", "The deal replaces a pledge of $100 billion a year, which was set in 2009 and met for the first time in 2022.", []string{"A pledge of $100 billion is set", "A pledge of $100 billion is met for the first time"}},
		{"an appositive the date is in goes with the subject before it", "The last quake of this size, a 7.6 magnitude tremor in September 1999, killed about 2,400 people.", []string{"The last quake of this size kills about 2,400 people"}},
		{"a full date between an article and its noun dates the noun", "The men were charged in the Dec. 21, 1988, bombing of a plane.", []string{"The bombing of a plane"}},
		{"a full date between an article and its noun dates what a relative on it tells", "They replaced two agents charged in the Dec. 21, 1988, bombing of a flight that killed 259 people.", []string{"The bombing of a flight kills 259 people"}},
		{"the date a premium is counted over is a comparison's base", "Shareholders will receive 1.7 shares for each share, a premium of about 25% to Friday's closing price.", nil},
		{"a body one testifies before is a place, not a time", "In January 2020 she testified before a Senate committee.", []string{"She testifies before a Senate committee"}},
		{"a pronoun after words of time is the subject the one after 'and' shares", "Ellen Marsh noticed the invoices in 2019.\n\nThat autumn she wrote to her senator, and in January 2020 she testified.", []string{"Ellen Marsh notices the invoices", "Ellen Marsh testifies"}},
		{"a pronoun looks past a sentence that names no one to one naming a person in full", "In 2019, Ellen Marsh noticed something odd. The price of a drug had tripled.\n\nIn January 2020 she testified.", []string{"Ellen Marsh notices something odd", "Ellen Marsh testifies"}},
		{"a pronoun looks past no sentence to a one-word name", "Fans cheered Manchester United in April. United agreed a fee with the club in May. The deal could rise to £72m. He scored 10 goals in March.", []string{"Fans cheer Manchester United", "United agrees a fee with the club", "He scores 10 goals"}},
		{"a date named from the present after a participle ends a reduced relative", "The highest temperature recorded this year was 32.2C at Heathrow on 21 June.", []string{"The highest temperature recorded this year is 32.2C at Heathrow"}},
		{"a span a thing covers dates nothing done", "He faces six counts of false accounting covering the period from 2014 to 2017.", nil},
		{"a past form that is no participle opens no aside", "Carillion, which employed 43,000 people and held hundreds of contracts, went into liquidation in January 2018.", []string{"Carillion goes into liquidation"}},
		{"'one of' many describes the noun before it", "The spa, one of the country's top attractions, was evacuated. It had reopened only on Monday.", []string{"The spa reopens"}},
		{"a perfect participle's phrase tells what the subject had done", "England were playing in their second final, having lost to Italy on penalties in July 2021.", []string{"England loses to Italy on penalties"}},
		{"an adverb between a relative word and its verb goes", "Spain, who also won the title in 1964, won all seven matches.", []string{"Spain wins the title"}},
		{"a surname with 'her' beside it names 'she' past a sentence naming no one", "Dame Maggie Smith, the actress, died on Friday.\n\nSmith won her first Academy Award in 1970. A new generation knew her from television.\n\nBorn in Ilford in 1934, she made her stage debut in 1952.\n\nShe was made a dame in 1990.", []string{"Smith is born in Ilford", "Smith makes her stage debut", "Smith wins her first Academy Award", "Smith is made a dame", "Dame Maggie Smith dies"}},
		{"a verb that takes no object leaves no gap after a name", "The actor Tom Hale died on Friday.", []string{"The actor Tom Hale dies"}},
		{"'by' and a figure after a past form is no agent", "The Republican candidate, a former sheriff, led by two points in a poll released last Thursday.", []string{"The Republican candidate leads by two points in a poll"}},
		{"a participle after an article's modifier is no verb of a reduced relative", "Polls closed at 8 p.m. on Tuesday in a closely fought race for governor.", []string{"Polls close in a closely fought race for governor"}},
		{"'by one of' opens an agent", "Also Friday, Mayor Ana Ruiz and Mayor Tom Reed, accompanied by one of the family's lawyers, flew to Washington to appeal to the attorney general.", []string{"Mayor Ana Ruiz and Mayor Tom Reed are accompanied by one of the family's lawyers"}},
		{"a participle after 'no' is an adjective in the subject a pronoun names", "Daniel Price, of no fixed address, was arrested on Saturday. He will appear in court on Monday.", []string{"Daniel Price is arrested", "Daniel Price will appear in court"}},
		{"an order told to a hearer is no attribution", "In early March, about 400 homes were evacuated, and residents of two villages were told to leave in 2021.", []string{"Residents of two villages are told to leave", "About 400 homes are evacuated"}},
		{"a restrictive relative has a day of its own", "A wildfire that began on Monday jumped a highway on Tuesday.", []string{"A wildfire begins", "A wildfire jumps a highway"}},
		{"a restrictive relative in the passive has a day of its own", "The man who was arrested on Monday was released on Tuesday.", []string{"The man is arrested", "The man is released"}},
		{"a participle's object is no part of the subject's head", "A freight train carrying hazardous materials derailed on Monday.", []string{"A freight train carrying hazardous materials derails"}},
		{"a figure's aside goes with the reported subject", "The governor said the economy had slowed and that unemployment, at 6.4 per cent in February, was the highest since 2022.", []string{"Unemployment is the highest since 2022"}},
		{"a pronoun after a lead-in date is a subject", "In May it recalled 500,000 pickups, and in 2023 it paid a $165 million penalty.", []string{"It pays a $165 million penalty", "It recalls 500,000 pickups"}},
		{"a plural opening a sentence is no body for 'it'", "Owners will be notified by mail. In May it recalled 500,000 pickups.", []string{"It recalls 500,000 pickups"}},
		{"'had' before a bare noun is the verb", "Berg had surgery on his knee in January.", []string{"Berg has surgery on his knee"}},
		{"an appositive's dated relative leaves the clause before its own", "The council voted earlier this year to hire a firm to review its finances, a review that is expected to be published in June.", []string{"The council votes to hire a firm to review its finances", "A review is expected to be published"}},
		{"an appositive's relative leaves the clause before its own", "The council voted in January to hire a firm to review its finances, a review that is expected to be published in the summer.", []string{"The council votes to hire a firm to review its finances", "A review is expected to be published"}},
		{"a relative's stranded preposition takes its object back", "The company said it was not aware of any injuries linked to the problem, which it first learned of during a test on Monday.", []string{"The company learns of the problem during a test"}},
		{"what a recall covers was made in a span that dates nothing", "The carmaker recalled 3,000 vehicles on Monday. The recall covers models built between August 2019 and the end of 2021.", []string{"The carmaker recalls 3,000 vehicles"}},
		{"a body's name in the sentence names its 'it'", "Microsoft said on Monday it would cut jobs. Meta laid off 11,000 people in November, its first large round of layoffs since it was founded in 2004.", []string{"Meta is founded", "Meta lays off 11,000 people", "Microsoft says it will cut jobs"}},
		{"a present we do not know after an article's noun names an 'it'", "The company reports results on Thursday. Its headcount had grown to 186,779 by the end of September.", []string{"The company's headcount grows to 186,779", "The company reports results"}},
		{"a relative's antecedent is the noun of a preposition's phrase", "The government offered teachers a 5% rise in July, below inflation, which peaked at 11.1% in October.", []string{"The government offers teachers a 5% rise", "Inflation peaks at 11.1%"}},
		{"a start told after a comma is the clause before's", "The union said teachers would walk out on seven days in April and May, starting on April 1, a date chosen to coincide with a wider day of action.", []string{"Teachers will walk out on seven days in April and May"}},
		{"a length's end beside a day of its own dates nothing; a cut date takes its lead with it", "The chain reported a 38% fall in profit for the six months to Feb. 28 on Wednesday, and warned that trading in the second half of the year would be tougher than it had expected in the autumn.", []string{"The chain reports a 38% fall in profit for the six months to Feb…", "Trading will be tougher than it expected"}},
		{"a length's end keeps its date beside an attribution's day", "Sales fell 4.2% in the 13 weeks to March 1, the company said on Tuesday.", []string{"Sales fall 4.2%"}},
		{"a source's date after its data verb leaves a clause joined on to it", "Prices rose for the fourth month in February, official figures published on Thursday showed, though they remain far from the target.", []string{"Prices rise for the fourth month"}},
		{"a short clause whose 'be' has nothing after it is no event", "The pledge was met in 2015. In February, 58.9% were.", []string{"The pledge is met"}},
		{"a dated participle on a reported subject tells what was done to it", "Residents have complained for years that defences built in the 1980s are no longer adequate.", []string{"Defences are built"}},
		{"what is reported goes on past a relative on a period to its verb", "The company said on Monday that net income in its third quarter, which ended Sept. 28, more than doubled to $19.3 billion.", []string{"Net income more than doubles to $19.3 billion"}},
		{"an opening period's relative leads into the clause", "In fiscal 2024, which ended in January, the company's revenue more than doubled to $60.9 billion.", []string{"The company's revenue more than doubles to $60.9 billion"}},
		{"a hedge on the verb is no part of the subject a pronoun names", "Sales more than doubled in 2023. They rose again in 2024.", []string{"Sales more than double", "Sales rise again"}},
		{"a participle's phrase its date ends tells what the subject did", "Over the past two years the company has become the world's most valuable listed business, overtaking Apple for the first time in June.", []string{"The company overtakes Apple for the first time"}},
		{"a participle's phrase after what is reported tells what its subject did", "Police said the storm hit the coast, killing three people on Monday.", []string{"The storm kills three people"}},
		{"a verb with no passive has no participle on its subject", "The chief executive apologised in a video posted on social media on Friday.", []string{"The chief executive apologises in a video posted on social media"}},
		{"a relative's 'which' names its antecedent for a gerund's act", "The novel was published in March by a small press, which had rejected it twice before accepting a revised version in 2022.", []string{"A small press accepts a revised version", "The novel is published by a small press"}},
		{"an age set off after a noun is no antecedent of a relative", "Two other teenagers, aged 17 and 18, who were arrested on Monday on suspicion of assisting an offender, have been released on bail.", []string{"Two other teenagers are arrested on suspicion of assisting an offender"}},
		{"a point of the compass is a noun, no compound before a participle", "Spain's weather agency said the town of El Granado in the south-west recorded 46C on Saturday.", []string{"The town of El Granado in the south-west records 46C"}},
		{"a list goes on past its last item to a clause an opener begins", "Temperatures passed 40C in Spain, Italy and Greece on Wednesday as the heatwave tightened its grip.", []string{"Temperatures pass 40C in Spain, Italy and Greece as the heatwave tightens its grip"}},
		{"a relative on an indefinite pronoun is part of the subject", "“Anyone who ignored those warnings will answer for it,” the governor told reporters on Monday.", []string{"The governor says “Anyone who ignored those warnings will answer for it”"}},
		{"a relative on an indefinite pronoun in a title of its own", "Anyone who ignored the warnings will answer for it, the minister said on Monday.", []string{"Anyone who ignored the warnings will answer for it"}},
		{"an irregular participle a phrase follows before a verb with an object", "A report sent to the authority on Feb. 4 recommended that heavy vehicles be kept off the bridge.", []string{"A report sent to the authority recommends that heavy vehicles be kept off…"}},
		{"a date after since inside a participle's phrase opens no clause", "A man held in custody since January won his appeal on Tuesday.", []string{"A man held in custody since January wins his appeal"}},
		{"a subordinate clause's subject may take phrases", "Three people died when part of a bridge over the river collapsed on Tuesday evening.", []string{"Three people die when part of a bridge over the river collapses"}},
		{"a past form with no participle after a phrase is finite", "The driver died when a tree in the park fell on Friday.", []string{"The driver dies when a tree in the park falls"}},
		{"a subordinate clause's subject may take a phrase after its article", "Shares fell on Monday as the price of oil rose.", []string{"Shares fall as the price of oil rises"}},
		{"a contact relative on an appositive is an event, and so is the clause before it", "The court upheld the fine in 2021, a ruling the company appealed last month.", []string{"The court upholds the fine", "The company appeals a ruling"}},
		{"a contact relative on an appositive with the coarser date is an event", "The court upheld the fine on Jan. 3, 2023, a ruling the company appealed last month.", []string{"The court upholds the fine", "The company appeals a ruling"}},
		{"the second of two infinitives holds the date", "He has promised to cut the cabinet by half within 100 days and to hold a referendum on term limits in 2027.", []string{"He promises to hold a referendum on term limits"}},
		{"a second phrase with its own date shares the verb", "The team won the cup in 2015 and the league in 2018.", []string{"The team wins the cup", "The team wins the league"}},
		{"a second figure with its own date shares the verb", "Sales rose 3% in January and 5% in February.", []string{"Sales rise 3%", "Sales rise 5%"}},
		{"a date that is a noun phrase's own shares no verb", "Sales rose in the first half, helped by strong trading over the Easter weekend and a warm June.", []string{"Sales rise in the first half, helped by strong trading and a warm June"}},
		{"an irregular participle a phrase follows before a verb with a bare object", "A power cut at the station halted deliveries for six hours on Monday.", []string{"A power cut at the station halts deliveries for six hours"}},
		{"a possessive date on a subject whose perfect says 'since' dates nothing", "Last year's winner, a former war correspondent, has since had his book adapted for television.", nil},
		{"a clause joined on by 'and' with its own subject and auxiliary is no part of the title", "Construction could start as early as next summer and the first residents would move in by 2028.", []string{"Construction could start"}},
		{"a noun phrase joined on by 'and' stays", "Israel and Hamas agreed on Wednesday to a ceasefire in Gaza and the release of hostages held by the militant group.", []string{"Israel and Hamas agree to a ceasefire in Gaza and the release of hostages"}},
		{"an adverb after 'having' goes with the perfect", "The club, which spent heavily, has sold three players, having also signed two defenders in January.", []string{"The club signs two defenders"}},
		{"a person is no 'it'", "The lead author has worked on the project since it began operations in July 2022.", []string{"It begins operations"}},
		{"what a figure compares with is no event", "That compares with 227 cases in the same period last year.", nil},
		{"a verbless phrase on 'with' details its clause's news", "Cases have risen fivefold this year, with 1,245 confirmed infections between January and the end of February, officials said on Monday.", []string{"Cases rise fivefold this year, with 1,245 confirmed infections between January and the end…"}},
		{"a bound of a span is no day of a perfect's noun", "Forecasters have issued a warning for much of the west coast from 6 a.m. on Saturday until midnight.", []string{"Forecasters issue a warning for much of the west coast from 6 a.m…"}},
		{"a copula with a modal is not dated by the phrase after it", "It will be the third named storm of the season, after two in February.", nil},
		{"an auxiliary after a compound noun is the verb", "A half-marathon has been cancelled on Sunday.", []string{"A half-marathon is cancelled"}},
		{"a list's example takes the verb in its own number", "Outdoor events planned for the weekend, including a half-marathon on Sunday, have been cancelled.", []string{"A half-marathon is cancelled"}},
		{"a participle on a gerund's object may have its agent", "Prosecutors said they had authorised the charge after reviewing a file of evidence submitted by police in January.", []string{"A file of evidence is submitted by police"}},
		{"a hedge on how soon goes with its date", "Officials said schools would reopen on Monday at the earliest.", []string{"Schools will reopen"}},
		{"a share of the time leads into its date", "Engineers built a retaining wall, working around the clock for much of February.", []string{"Engineers work around the clock"}},
		{"a share of the time leads into its date in a plain clause", "Engineers worked around the clock for much of February.", []string{"Engineers work around the clock"}},
		{"a past time after 'will' dates no act", "The company will publish restated results for 2022 and 2023 before the end of the year.", nil},
		{"a past time after a reported 'would' dates no act", "The company said it would publish restated results for 2022 and 2023.", nil},
		{"a past time after 'will' dates a participle between", "The company will repay the fees charged in 2022.", []string{"The fees are charged"}},
		{"a possessive date after 'would' is its noun's", "His relatives said they would look for ways to get around Tuesday's ruling.", []string{"His relatives will look for ways to get around Tuesday's ruling"}},
		{"a measure 'and' joins on after an offset counts from the same date", "The cuts come a year after the company closed a plant in Belgium and six months after it lowered its profit forecast.", []string{"The company closes a plant in Belgium", "It lowers its profit forecast"}},
		{"a passive's pronoun is whom the same verb took as its object", "It is the second time that the regulator has fined the bank; in 2022 it was fined £12 million.", []string{"The bank is fined £12 million"}},
		{"a reaction verb with only its date after it is a shared participle", "He was suspended by the hospital in August 2022 and dismissed the following spring.", []string{"He is suspended by the hospital", "He is dismissed"}},
		{"a place's relative that tells who stayed there leaves the date to its clause", "He was suspended by the hospital where he worked in August 2022 and dismissed the following spring.", []string{"He is suspended by the hospital where he worked", "He is dismissed"}},
		{"a place's relative with an act keeps its date", "They visited the house where he died in 1990.", []string{"He dies"}},
		{"'run' is a participle a passive shares", "The race was cancelled in 2020 and run with reduced numbers in 2021.", []string{"The race is cancelled", "The race is run with reduced numbers"}},
		{"a past form after an agent is the verb, no dated participle", "The service run by the council closed in May.", []string{"The service run by the council closes"}},
		{"a participle's aside on what is reported tells what was done to it", "The High Court awarded her damages, finding that the article, published online in November 2022 and in print the following day, had caused serious harm.", []string{"The article is published online"}},
		{"a participle's date on the object leaves an offset its count", "The protests began on Monday, two days after the government raised the tax as part of a budget agreed with the International Monetary Fund in May.", []string{"The government raises the tax as part of a budget agreed with the International…", "The government raises the tax as part of a budget agreed with the International…", "The protests begin"}},
		{"a verb after 'whose' and its noun is finite", "The director whose war drama won five Oscars in 1987 has died.", []string{"The director's war drama wins five Oscars"}},
		{"an appositive picking out the dated one goes with its date", "He directed 19 more features, the last of them in 2015.", []string{"He directs 19 more features"}},
		{"after a passive a verb an amount follows is active", "His best-known film was released in December 1986 and earned more than $150 million worldwide.", []string{"His best-known film is released and earns more than $150 million worldwide"}},
		{"what was due back by now is told as not done", "He set out early on Monday and was due back that evening.", []string{"He sets out"}},
		{"a deadline a bound leads into dates nothing", "A revised budget must be agreed before the legal deadline of March 21.", nil},
		{"a participle's aside on the subject with its own date before the main one is an event", "The tariffs, announced in April and expanded twice since, were ruled unlawful by a federal appeals court on Aug. 29.", []string{"The tariffs are announced", "The tariffs are ruled unlawful by a federal appeals court"}},
		{"a study's aside with its year is the publishing", "The study, published in a leading journal in 2020, was retracted on Monday.", []string{"The study is published in a leading journal", "The study is retracted"}},
		{"an age is the noun and the past form after it the verb", "The 29-year-old admitted misconduct in a public office at an earlier hearing in January.", []string{"The 29-year-old admits misconduct in a public office at an earlier hearing"}},
		{"an adverb after 'which' is no subject", "The volcano, which last erupted in 2018, had shown signs of unrest for weeks.", []string{"The volcano erupts"}},
		{"a range may be a comparison's base", "The typical household will pay £1,690 a year under the new cap, down from £1,755 between October and December, the regulator said.", nil},
		{"a gerund's predicate is whole before a clause of cause", "The main airport reopened briefly on Monday before closing again on Tuesday as the wind shifted.", []string{"The main airport reopens briefly", "The main airport closes again"}},
		{"a 'which' on a clause dates the clause by its deadline", "Airlines said flights would resume once the ash cloud cleared, which forecasters expected by Thursday afternoon.", []string{"Flights will resume once the ash cloud clears"}},
		{"an adverb is no object of a relative on the clause", "The price of oil fell sharply, which analysts had predicted in February.", []string{"The price of oil falls sharply, which analysts predicted"}},
		{"a season ahead a done act's object is for dates nothing", "The regulator lowered the price cap for next winter.", nil},
		{"an adverb may stand in a contact relative", "The court ordered the case reargued, an unusual step it last took in 2009.", []string{"An unusual step is taken"}},
		{"a perfect passive's subject names a later 'it'", "The race has been held every year since 1974, except in 2020, when it was cancelled because of the pandemic.", []string{"The race is cancelled because of the pandemic"}},
		{"a phrase on 'with' with its participle's date is an event", "The phone went on sale on Monday, with deliveries starting on Friday.", []string{"The phone goes on sale", "Deliveries start"}},
		{"a phrase on 'with' ends the main clause's title", "Flooding closed the road on Monday, with traffic resuming on Tuesday.", []string{"Flooding closes the road", "Traffic resumes"}},
		{"a phrase on 'with' is cut from the main clause", "The festival opens on Friday, with screenings beginning on Saturday.", []string{"The festival opens", "Screenings begin"}},
		{"a phrase on 'with' dates its participle's act only", "Doctors returned to work on Monday, with their union warning of further walkouts in the new year.", []string{"Doctors return to work"}},
		{"an article a date leaves out goes with it", "The agency will test the water in the coming week.", []string{"The agency will test the water"}},
		{"a count after a passive opens an active predicate", "The shortlist was announced in February and included two former winners.", []string{"The shortlist is announced and includes two former winners"}},
		{"'no' opens a second predicate's object", "Officers visited the plant on Monday and found no breaches.", []string{"Officers visit the plant and find no breaches"}},
		{"what a verb of foretelling names dates nothing", "The bank predicted a recession next year.", nil},
		{"a clock time of what recurs dates nothing", "Authorities closed the site on Wednesday. Outdoor workers have been ordered to stop between 12:00 and 17:00 when temperatures exceed 40C. Visitors may enter from noon until 5 p.m. daily.", []string{"Authorities close the site"}},
		{"a hedge may open a range", "Fires burned on Tuesday.\n\nThe station was closed from about 2 p.m. to 7 p.m. as smoke drifted in.", []string{"Fires burn", "The station is closed from about 2 p.m. to 7 p.m. as smoke drifts in"}},
		{"a clock time after the day of publication named is of that day", "Residents were evacuated on Monday.\n\nFirefighters said more crews were on the way.\n\nThe cause is not yet known.\n\nThe blaze was brought under control on Wednesday. An evacuation order was lifted at 2 p.m.", []string{"Residents are evacuated", "The blaze is brought under control", "An evacuation order is lifted"}},
		{"a passive 'it' is what the sentence before did something to", "The Met Office issued a red warning for rain on Saturday. It was lifted on Sunday.", []string{"The Met Office issues a red warning for rain", "A red warning is lifted"}},
		{"a passive 'it' after a passive is its subject", "The company was sued in May 2024. It was fined in June 2024.", []string{"The company is sued", "The company is fined"}},
		{"an adverb of degree stays in the perfect", "Sales have nearly tripled this year.", []string{"Sales nearly triple"}},
		{"an adverb of degree stays in a relative on the subject", "The company, which almost collapsed in 2019, is now profitable.", []string{"The company almost collapses"}},
		{"what 'as' names is the naming's, not the relative's", "Police have named the man whose body was found in the river on Saturday as a 23-year-old student.", []string{"The man's body is found in the river"}},
		{"a passive in a clause of time takes the present", "The fighting escalated after a town was shelled on March 2.", []string{"The fighting escalates after a town is shelled"}},
		{"a place's name takes no restrictive relative", "The truce was agreed late on Tuesday after talks in the Gulf that began on Saturday.", []string{"Talks in the Gulf begin", "The truce is agreed"}},
		{"what a delay moves a thing to is no time of the delay", "The agency delayed the crewed mission to 2027.", nil},
		{"a phrase on the subject holding a clause is an aside", "The contracts, for equipment that was never used, were awarded in April 2020 without competition.", []string{"The contracts are awarded without competition"}},
		{"a second predicate's particle opens it", "The minister resigned from the cabinet in 2021 and stood down as an MP.", []string{"The minister resigns from the cabinet and stands down as an MP"}},
		{"'most recently' leads into its date", "Passengers have been compensated twice this year, most recently in February, for disruption caused by strikes.", []string{"Passengers are compensated twice this year"}},
		{"a second predicate with a date of its own is no part of the first", "The minister resigned from the cabinet in 2021 and stood down as an MP at the 2024 election.", []string{"The minister resigns from the cabinet"}},
		{"a period foretold in what 'that' reports dates nothing", "The minister warned that the winter would be tough.", nil},
		{"an appositive's participle after 'last' is a passive", "Ministers pledged that patients would be seen within 18 weeks, a target last met in 2015.", []string{"A target is met"}},
		{"a second predicate with its own auxiliary is the date's", "A documentary about the band is in production and is due out next year.", []string{"A documentary about the band is due out"}},
		{"a clause of time's subject may hold a phrase", "The retailer collapsed into administration on Tuesday after last-ditch talks with a potential buyer broke down over the weekend.", []string{"Last-ditch talks with a potential buyer break down", "The retailer collapses into administration"}},
		{"a participle on a clause of time's subject is no verb", "Residents fled on Friday as a fire driven by wind spread.", []string{"Residents flee as a fire driven by wind spreads"}},
		{"a long title loses a clause of time whose subject has a participle's phrase", "Thousands of people fled a coastal town overnight as a wildfire driven by strong winds jumped a highway and burned into its outskirts.", []string{"Thousands of people flee a coastal town"}},
		{"a gerund on suspicion gives a reason, its date an earlier act's", "The ministry said on Tuesday that he was being held on suspicion of inciting violence at a rally in September.", []string{"The ministry says he is being held on suspicion of inciting violence…"}},
		{"an amount after a passive's second participle is its object still", "The striker was banned for 10 matches and fined £100,000 on Friday.", []string{"The striker is banned for 10 matches and fined £100,000"}},
		{"a relative with a pronoun subject lacks its object", "The club said it would support him through a programme that he began in the summer.", []string{"He begins a programme"}},
		{"a day a verb of saying reports with a modal 'be' dates nothing", "Officials said Sunday would be cooler.", nil},
		{"'but that' opens a second thing said", "Forecasters said Sunday would be slightly cooler but that the heat would return midweek.", []string{"The heat will return"}},
		{"a past form after an infinitive's verb is no main verb", "MPs voted by 314 to 291 on Friday to legalise assisted dying.", []string{"MPs vote by 314 to 291 to legalise assisted dying"}},
		{"a set after a verb's infinitive makes no clock time recur", "The council voted on Tuesday night to introduce a daily congestion charge.", []string{"The council votes to introduce a daily congestion charge"}},
		{"what is denied dates nothing that happened", "The ministry denied that troops crossed the border on Monday.", nil},
		{"what a noun after a denial reports dates nothing either", "He rejected allegations that he had lied to police in March.", nil},
		{"a denial's own date dates the denial", "The ministry on Monday denied that troops crossed the border.", []string{"The ministry denies that troops crossed the border"}},
		{"what is denied to someone on a day dates nothing either", "The ministry denied to reporters on Tuesday that troops crossed the border on Monday.", []string{"The ministry denies to reporters that troops crossed the border on Monday"}},
		{"what is denied to someone dates nothing either", "The ministry flatly denied to reporters that troops crossed the border on Monday.", nil},
		{"what is denied on a weekday it is denied dates nothing either", "The ministry denied Tuesday that troops crossed the border on Monday.", []string{"The ministry denies that troops crossed the border on Monday"}},
		{"what is denied on the day it is denied dates nothing either", "Officials denied yesterday that troops crossed the border on Monday.", []string{"Officials deny that troops crossed the border on Monday"}},
		{"a denial past an aside keeps its frame", "The ministry denied that troops, who were on exercise nearby, crossed the border on Monday.", []string{"The ministry denies that troops crossed the border"}},
		{"a denial with no 'that' keeps its frame", "The ministry denied troops crossed the border on Monday.", []string{"The ministry denies troops crossed the border"}},
		{"a relative after a denial's object is told", "The judge dismissed a case that was filed in 2019.", []string{"A case is filed"}},
		{"what is admitted is told as having happened", "A hospital trust has admitted that records were stolen in a cyberattack in June.", []string{"Records are stolen in a cyberattack"}},
		{"a report of a finding tells the finding", "The trust said on Thursday that an investigation had found that hackers copied names, addresses and test results from a server in June.", []string{"Hackers copy names, addresses and test results from a server"}},
		{"what a review found is told", "A review found that the hospital had missed warning signs in January.", []string{"The hospital misses warning signs"}},
		{"a participle on a preposition's noun after a list is no clause of its own", "Hackers copied names, addresses and test results from a server used by the laboratory between June 3 and June 9.", []string{"Hackers copy names, addresses and test results from a server"}},
		{"an object's relative may have a bare plural subject and a phrase after its verb", "The cubs were born on Thursday after a pregnancy that keepers confirmed by ultrasound only last week.", []string{"Keepers confirm a pregnancy by ultrasound", "The cubs are born"}},
		{"'that' after a noun opens a relative, not a participle's noun phrase", "The plan follows a review that ministers ordered last week.", []string{"Ministers order a review"}},
		{"what a perfect's act is called for is no noun's day", "Unions have called another day of strikes for next Tuesday.", []string{"Unions call another day of strikes"}},
		{"what is to come when a denied span ends is the date's news", "Visitors will not be able to see them until early next year, when the twins are expected to make their first public appearance.", []string{"The twins are expected to make their first public appearance"}},
		{"a predicate joined on to a relative on a noun shares the noun", "DNA evidence matched a man who was arrested last month and charged with her murder on Tuesday.", []string{"A man is arrested", "A man is charged with her murder"}},
		{"a subject's participle phrase and an aside's after a gerund of hearing", "The judges ruled after hearing that DNA taken from the victim's clothing, retested in 2022 using modern techniques, matched another man.", []string{"DNA taken from the victim's clothing is retested using modern techniques"}},
		{"a date made an adjective stays with its noun", "The announcement came a day after the company reported a 40% fall in fourth-quarter operating profit.", []string{"The company reports a 40% fall in fourth-quarter operating profit"}},
		{"a relative with an adverb before its verb is no part of the subject", "A comet that last passed Earth about 80,000 years ago has become visible and will be at its brightest this weekend.", []string{"A comet will be at its brightest"}},
		{"a participle on an infinitive's object dates what it tells", "Campaigners criticised the firm for failing to build a new reservoir promised in 2019.", []string{"A new reservoir is promised"}},
		{"an infinitive after a date opens no phrase before a subject's verb", "The company agreed in May to buy a rival founded in 1990.", []string{"The company agrees to buy a rival founded in 1990"}},
		{"a date that is the subject of an auxiliary stays in the title", "January has so far been no wetter.", []string{"January has so far been no wetter"}},
		{"a relative with an adverb before its verb ends before the subject's verb", "A comet that last passed Earth in 1950 has become visible again.", []string{"A comet passes Earth"}},
		{"a clause of time inside a subject's relative ends before the subject's verb", "A major road bridge that was partly destroyed when a container ship crashed into one of its pillars reopened to traffic on Saturday.", []string{"A major road bridge reopens to traffic"}},
		{"a subject's perfect after a clause of time inside its relative", "A van driver who was scrolling through social media when he hit a cyclist has been jailed on Friday.", []string{"A van driver is jailed"}},
		{"a subject's passive after a clause of time inside its relative", "A man who was arrested when police raided his home was released on Friday.", []string{"A man is released"}},
		{"two predicates of one sentence are two events", "The state health department said it had opened three more vaccination clinics this week and would extend their hours over the weekend.", []string{"The state health department opens three more vaccination clinics", "The state health department will extend their hours"}},
		{"a participle set off after a verb's object tells what was done to the object", "The bank scrapped its policy of capping bond yields, introduced in 2016.", []string{"The bank's policy of capping bond yields is introduced"}},
		{"a season with its article before a noun stays in the title", "The club spent £100m on new players in the summer transfer window.", []string{"The club spends £100m on new players in the summer transfer window"}},
		{"a relative a comma opens runs to its closing comma", "The judges, who read 153 novels published in the UK between October 2023 and September 2024, said the decision had been unanimous.", []string{"The judges read 153 novels"}},
		{"'that' after a preposition is a determiner, no relative", "The chain refinanced part of that debt in November at a higher interest rate.", []string{"The chain refinances part of that debt at a higher interest rate"}},
		{"a predicate an auxiliary opens after a phrase of time is the main clause's", "Unions said they had not been consulted before the announcement and would seek an urgent meeting with management on Friday.", []string{"Unions say they will seek an urgent meeting with management"}},
		{"a subject's participle aside may end in a phrase after its date", "The system, installed in 2019 at a cost of £200 million, was upgraded last year.", []string{"The system is installed at a cost of £200 million", "The system is upgraded"}},
		{"a label before a colon is no part of the title", "Record heat: January was the warmest on record, scientists say.", []string{"January is the warmest on record"}},
		{"a name inside a noun phrase a relative is on, its determiner near", "The record was driven by a strong El Niño weather pattern that developed in June.", []string{"A strong El Niño weather pattern develops"}},
		{"how far back something reaches dates no act", "Its data goes back to 1940.", nil},
		{"a 'when' clause after how far back something reaches is an event", "The case dates back to 2012, when the senator was accused of bribery.", []string{"The senator is accused of bribery"}},
		{"a bare plural a progressive's participle takes has its own participle's date", "Lava was no longer threatening defences built around the town last year.", []string{"Defences are built around the town"}},
		{"a singular verb after 'which' tells of the singular noun before a phrase on a plural", "The company pushed customers to its cheaper plan with adverts, which was launched two years ago.", []string{"The company's cheaper plan with adverts is launched"}},
		{"what a part of a thing is 'of' is what a relative after it tells of", "Firefighters were at the scene at the height of the blaze, which was brought under control shortly before 3 a.m. on Tuesday.", []string{"The blaze is brought under control"}},
		{"a passive relative on a counted object of a perfect is an event", "A museum has returned three gold funeral masks that were looted from a tomb in the 1980s.", []string{"Three gold funeral masks are looted from a tomb"}},
		{"after a modal a base form that is also a participle stays the base", "The cap will take effect on Jan. 1 and run for 12 months.", []string{"The cap will take effect and run for 12 months"}},
		{"a noun's act a present 'follows' sets first is told with its date", "The decision follows the resignation of the chief executive last week.", []string{"The chief executive resigns"}},
		{"and a passive one after 'comes after', each 'and of' with its date", "The closure comes weeks after the arrest of two managers in 2023 and of a supplier in January.", []string{"Two managers are arrested", "A supplier is arrested"}},
		{"a relative's past verb after 'who' is no participle on its noun, and a collective noun goes with what it gathers", "A judge blocked the law on Friday, siding with a group of parents who sued in January.", []string{"A group of parents sues", "A judge blocks the law"}},
		{"a verb that reports a clause joins no report to an act of the same word", "A man has been charged after a woman was found dead at a flat at the weekend.\n\nA post-mortem examination carried out on Sunday found she died from stab wounds.", []string{"A woman is found dead at a flat", "A post-mortem examination finds she died from stab wounds"}},
		{"an age set off after a name leaves the name what a 'who' relative tells of", "Police named the victim as Amira Hassan, 23, who moved to Leeds in January.", []string{"Amira Hassan moves to Leeds"}},
		{"a relative on a name's appositive tells of the name", "Other parties have ruled out governing with Kickl, a former interior minister who was sacked in 2019 after a scandal.", []string{"Kickl is sacked"}},
		{"a gapped second phrase dated by a time counted on from the first", "Okafor won her first title in 2019 and a second for Lagos two years later.", []string{"Okafor wins her first title", "Okafor wins a second for Lagos"}},
		{"a past form with a bare object is the verb, no participle on its subject; a repeat after a phrase that ranks the first", "The Bank cut rates in August for the first time in more than four years and again in November.", []string{"The Bank cuts rates", "The Bank cuts rates"}},
		{"after a named agent a word that takes an object is the verb", "Economists polled by Reuters expect a cut in April.", []string{"Economists polled by Reuters expect a cut"}},
		{"a question left open dates nothing", "The Bank could not commit to when it would lower rates next year.\n\nIt is unclear whether talks will resume next week.\n\nThe minister did not say when the plant would close next year.", []string{"The plant will close"}},
		{"a passive 'it' names what a report before said did something", "Forecasters said the tornado touched down near Marlow on Sunday. It was rated EF3 on Monday.", []string{"The tornado touches down near Marlow", "The tornado is rated EF3"}},
		{"what comes days before is dated by the date of what it comes before", "The fine comes days before new rules take full effect on Friday.", []string{"New rules take full effect"}},
		{"an appositive on a subject whose verb the lists do not know goes", "New rules, the Digital Markets Act, take full effect on Friday.", []string{"New rules take full effect"}},
		{"what a count after its article is compared with dates nothing, and the comparison leaves the title", "Policymakers now project two rate cuts in 2026, down from the four they forecast in September, according to projections.", []string{"Policymakers now project two rate cuts"}},
		{"an 'it' the sentence before names by its possessive is what that possessive names", "The probe was launched in 2018. Its last flyby put it on course for a record.\n\nIt will make two more passes on June 19.", []string{"The probe is launched", "The probe will make two more passes"}},
		{"after a relative set off by commas a word the verb lists do not know is the verb", "Liverpool, who were beaten by City in August, travel to Newcastle on Friday.", []string{"Liverpool are beaten by City", "Liverpool travel to Newcastle"}},
		{"a capital inside a subject makes a name, no verb", "The Fed has lowered rates since it began cutting in September.", []string{"The Fed begins cutting"}},
		{"a participle on the object of a pluperfect takes the date", "The union had rejected an offer made in April last year.", []string{"An offer is made"}},
		{"a second subject with a date of its own shares the verb before", "Hama fell on Thursday and Aleppo on Saturday night.", []string{"Hama falls", "Aleppo falls"}},
		{"a name a possessive's noun points to names the subject, a particle joined to it", "His father, Hafez al-Assad, took power in a coup in 1970.\n\nHer husband, the playwright Beverley Cross, died in 1998.", []string{"Hafez al-Assad takes power in a coup", "Beverley Cross dies"}},
		{"a name after a second past verb opens its predicate", "The rebels launched an offensive on 27 February and took Aleppo within days.", []string{"The rebels launch an offensive and take Aleppo within days"}},
		{"a comma in a list of names opens no clause", "The current coalition of Fine Gael, Fianna Fail and the Greens was formed in June 2020.", []string{"The current coalition of Fine Gael, Fianna Fail and the Greens is formed"}},
		{"'until the early hours of' leads into its day", "The barrage, which began late on Sunday and lasted until the early hours of Monday, targeted energy facilities.", []string{"The barrage begins", "The barrage lasts"}},
		{"a clock told from a clock on the day of publication names no day", "Voters go to the polls on Friday.\n\nThe coalition was formed in 2020.\n\nPolls will open at 7am and close at 10pm.", []string{"The coalition is formed", "Voters go to the polls"}},
		{"a full name tied to another by 'of' names no one of a shared surname", "Chelsea signed striker Liam Delap on Monday.\n\nDelap, the son of former player Rory Delap, made his senior debut in 2020.", []string{"Delap makes his senior debut", "Chelsea signs striker Liam Delap"}},
		{"a date in a closing 'with' phrase leaves the main clause its own, however coarse", "The company said it would begin talks with regulators next year, with a submission planned for the first quarter of 2027.", []string{"The company will begin talks with regulators", "A submission is planned"}},
		{"a name in -s after 'the' is a team's members; a country's is one", "The Los Angeles Dodgers won the World Series on Wednesday night.\n\nThe United States imposed sanctions on Monday.", []string{"The United States imposes sanctions", "The Los Angeles Dodgers win the World Series"}},
		{"a 'where' clause on the subject ends before the subject's perfect", "The owner of a care home where a resident was found with maggots in her wounds has been banned from running it, the regulator said on Monday.", []string{"The owner of a care home is banned from running it"}},
		{"of a sentence about the reporting a relative aside tells news", "The owner, who bought the business in 2019, could not be reached for comment.\n\nThe firm declined to comment on Monday.", []string{"The owner buys the business"}},
		{"a name's appositive names none the possessive after it points to", "Takaichi, 64, a protege of the late Shinzo Abe, won the leadership on Oct. 4 but her path was thrown into doubt on Oct. 10.", []string{"Takaichi wins the leadership", "Takaichi's path is thrown into doubt"}},
		{"a title before a name is no object of the name's verb", "Governor Kazuo Ueda and his deputy Ryozo Himino hinted last week that a hike was on the table.", []string{"Governor Kazuo Ueda and his deputy Ryozo Himino hint that a hike was…"}},
		{"a noun phrase right after another opens a contact relative, after a verb that reports nothing", "The firm lost a ruling the company appealed in August, the court said.\n\nHe told the court the company paid the bribes in 2019.", []string{"He tells the court the company paid the bribes", "The company appeals a ruling"}},
		{"'it' after 'It was the X's' is X", "The yen strengthened after the announcement. It was the bank's first rate rise since July, when it raised borrowing costs to 0.25%.", []string{"The bank raises borrowing costs to 0.25%"}},
		{"a demonstrative before a comma stays", "That move, together with weak jobs data, contributed to a market sell-off in early August.", []string{"That move contributes to a market sell-off"}},
		{"in a participle's phrase a clause after 'before' is what its date dates", "The Senate passed a bill late on Tuesday, sending it to the House hours before funding was set to expire at midnight Friday.", []string{"The Senate passes a bill", "Funding is set to expire"}},
		{"'which' tells of no people a participle names but of the noun an infinitive is on", "The government said it would bring in a law to clear those convicted, which came into force in May 2024.", []string{"A law to clear those convicted comes into force"}},
		{"a past passive before 'when' is news, no state", "Two men were killed when their car hit a tree on Sunday.", []string{"Two men are killed when their car hits a tree"}},
		{"a night that runs into a day is told by it", "Protesters blocked three bridges over the Danube overnight into Sunday.", []string{"Protesters block three bridges over the Danube"}},
		{"a second predicate's pronoun is named by what comes before it in the first's clause", "Police said there was no sign of foul play. Heathrow said it would resume some flights on Friday evening and operate a full schedule on Saturday.", []string{"Heathrow will resume some flights", "Heathrow will operate a full schedule"}},
		{"an object 'it' is the thing the sentence before opens with, when that did something to nothing", "The fire broke out at the substation shortly before midnight on Sunday. Firefighters brought it under control by Monday afternoon.\n\nThe council approved the plan on Tuesday. Residents criticised it on Wednesday.", []string{"The fire breaks out at the substation", "Firefighters bring the fire under control", "The council approves the plan", "Residents criticise it"}},
		{"a comma in a figure is no mark before a gapped phrase", "The company eliminated about 6,000 roles in January and several hundred more in February.", []string{"The company eliminates about 6,000 roles", "The company eliminates several hundred more"}},
		{"a possessive date a figure is measured against dates nothing; the clause's own does", "More than 14,000 cases have been reported this year in Congo alone, already exceeding last year's totals.", []string{"More than 14,000 cases are reported in Congo alone"}},
		{"a clause of time inside a relative set off by commas is the relative's, a gerund after it the act its date dates", "Mackinlay, who lost both hands and feet after contracting sepsis in 2023, returned to the Commons in May 2024.", []string{"Mackinlay loses both hands and feet after contracting sepsis", "Mackinlay returns to the Commons"}},
		{"a predicate joined to what is said keeps its tense", "Officials said the strike on Sunday morning killed four people and injured 31.", []string{"Officials say the strike killed four people and injured 31"}},
		{"a number after a name is part of it", "Voyager 1 crossed into interstellar space in August 2012. Its twin, Voyager 2, followed in November 2018.", []string{"Voyager 1 crosses into interstellar space", "Voyager 2 follows"}},
		{"what is to come in a 'when' after a bound at least is the date's news", "Managers expect the probes to keep operating until at least 2027, when their power is expected to run too low.", []string{"Their power is expected to run too low"}},
		{"a level an amount names after 'from' is what is compared with", "Annual inflation slowed to 193%, from a peak of 292% in April.", nil},
		{"an act a noun names that a span runs from is told with its date", "The party has governed since the end of apartheid in 1994.", []string{"Apartheid ends"}},
		{"a given name joined in lower case keeps the family name before it", "Acting President Park Min-jae ordered an inspection of every airline on Monday.", []string{"Park Min-jae orders an inspection of every airline"}},
		{"a participle after a determiner in a relative names a noun", "Jane Holt, who took over from the ousted chief executive on Friday, ordered an inspection on Monday.", []string{"Jane Holt takes over from the ousted chief executive", "Jane Holt orders an inspection"}},
		{"a date after 'and' that a past verb follows opens a predicate", "The company reported a loss in the third quarter and on Monday announced plans to cut jobs.", []string{"The company reports a loss", "The company announces plans to cut jobs"}},
		{"a bare date after 'and' that a past verb follows is no list", "The company reported a loss in the third quarter and last month announced plans to cut jobs.", []string{"The company reports a loss", "The company announces plans to cut jobs"}},
		{"a participle on a name's appositive is the name's passive", "Harbour Air, a regional carrier founded in 2005, had never lost a plane before Monday's crash.", []string{"Harbour Air is founded"}},
		{"a first predicate of a verb alone shares the second's date", "The plane, arriving from Lisbon, belly-landed and skidded off the runway on Sunday.", []string{"The plane belly-lands and skids off the runway"}},
		{"a possessive date before the predicate's own dates no act", "The regulator approved Sunday's launch on Saturday, weeks earlier than planned.", []string{"The regulator approves Sunday's launch"}},
		{"a multiple's base is a comparison's", "The party won 21%, double its share in the last election in 2021.", nil},
		{"predicates listed after commas each take their date and the subject", "Holt lost a leadership contest in the early 2000s, left politics in 2009 and returned a decade later.", []string{"Holt loses a leadership contest", "Holt leaves politics", "Holt returns"}},
		{"a past perfect joined on to an act is no part of its title", "Stone was arrested at his home in March 2023 and had pleaded not guilty.", []string{"Stone is arrested at his home"}},
		{"a participle and its particle open an aside", "The alliance, made up of two parties and a movement, the Greens, took 28.5% of the vote on Sunday.", []string{"The alliance takes 28.5% of the vote"}},
		{"a thing's relative after the place it is in tells of the thing", "The fire near Harlow, which started late Tuesday, was 27% contained.", []string{"The fire near Harlow starts"}},
		{"a clause the parser cannot read is told with who said it", "Sixteen people remain missing, the county sheriff said on Saturday night.", []string{"Sixteen people remain missing, the county sheriff says"}},
		{"a name a plural verb follows is 'they'", "Ardmore were playing in their first final since 2013, when they lost to Kessling.", []string{"Ardmore lose to Kessling"}},
		{"a capitalised name in -os is one", "Ramos announced last month that he would retire.", []string{"Ramos announces he will retire"}},
		{"a date in a relative on a noun of what is reported leaves the saying its date", "Ramos announced last month that he would stop after the tournament, which begins on June 14.", []string{"Ramos announces he will stop", "The tournament begins"}},
		{"a date in a present relative on a noun after a clause of its own", "Ramos, 34, played his last game before retiring; he announced last month that he would stop after the tournament, which begins on June 14.", []string{"Ramos announces he will stop after the tournament", "The tournament begins"}},
		{"a clause after 'and' with a name for subject takes the present", "Holt headed in a corner and Reyes doubled the lead on Sunday.", []string{"Holt heads in a corner and Reyes doubles the lead"}},
		{"an appeal for a thing with no phrase of its own is dated by its date", "The leader made a rare appeal for international aid on Friday.", []string{"The leader makes a rare appeal for international aid"}},
		{"a part of the day and its 'of' lead to a date, not a noun", "Hendry pulled Dawson over on the evening of March 12 using a blue light.", []string{"Hendry pulls Dawson over using a blue light"}},
		{"a relative on 'whose' with a date of its own is an event told of the name before it", "Hendry was convicted in January of the murder of 29-year-old Leah Dawson, whose body was found in woodland five days after she was reported missing in March last year.", []string{"Leah Dawson's body is found in woodland five days after she is reported missing", "Hendry is convicted of the murder of 29-year-old Leah Dawson"}},
		{"a period not yet over that names what is foretold dates nothing", "The company forecast first-quarter revenue of $5 billion.", nil},
		{"a pronoun's antecedent is no participle an adverb leads to", "Ana Ruiz opened a specially built school, and she visited it again on Monday.", []string{"Ana Ruiz visits it again"}},
		{"a noun of foretelling leads to no figure expected", "The forecast had inflation peaking at 3.8% this year.", []string{"The forecast had inflation peaking at 3.8%"}},
		{"a plain past clause before 'before' is dated by its date", "The archbishop knocked three times on the doors before they swung open on Saturday.", []string{"The archbishop knocks three times on the doors before they swing open"}},
		{"a quarter or year a figure is expected for dates nothing", "The bank now expects the economy to grow by 0.7% this year and 1.1% in 2026.", nil},
		{"a clause of place set off by commas with its own date is an event", "Turmoil in France, where the government collapsed last week, and in Germany, which faces an election on March 23, has added to the uncertainty.", []string{"The government collapses", "Germany faces an election"}},
		{"a word in -s after a name and before an infinitive is a verb", "December 2019 - The Water Board agrees to pay £5 million to settle a claim brought by 55 residents.", []string{"The Water Board agrees to pay £5 million to settle a claim brought by…"}},
		{"an entry's present with a particle before its object is an event", "2009 - A magazine publishes an investigation. Campaigner Ana Ruiz sets up an alliance of victims.", []string{"A magazine publishes an investigation", "Campaigner Ana Ruiz sets up an alliance of victims"}},
		{"a clause a determiner opens after 'and' takes the present", "The company unveiled its robotaxi on Oct. 10, but investors were unimpressed and the shares fell 9% the next day.", []string{"The company unveils its robotaxi", "Investors are unimpressed and the shares fall 9%"}},
		{"a participle's act on an object reads whatever the clause's verb", "On Thursday, the Action League plans to hold a news conference to screen an advertisement made last week.", []string{"An advertisement is made", "The Action League plans to hold a news conference to screen an advertisement made…"}},
		{"a span a verb of covering bounds dates nothing", "It covers people who owned the devices between Sept. 17, 2014, and the end of last year.", nil},
		{"an appositive before a later predicate's date joins nothing", "The rebels launched an offensive on Feb. 27 and captured Aleppo, the second city, three days later.", []string{"The rebels launch an offensive", "The rebels capture Aleppo, the second city"}},
		{"a phrase on 'after' right after a relative's lone verb dates that verb", "The war, which began after a crackdown on protests in 2011, killed thousands.", []string{"The war begins after a crackdown on protests"}},
		{"a noun in -ed is no verb of a list", "The Senate will hold a trial on the charges, which include fraud, inciting ethnic hatred and bribery, over two days starting on Oct. 16.", []string{"The Senate will hold a trial on the charges, which include fraud, inciting ethnic hatred…"}},
		{"'undocked' is a verb", "The capsule undocked from the station at 6:04 p.m. on Friday.", []string{"The capsule undocks from the station"}},
		{"a date naming a noun in a verbless appositive tells who someone is", "He fell out with Ruto, his running mate in the 2022 election, after the protests.", nil},
		{"a pair of names before 'who' is who", "Ada Holt and Ben Ortiz, who flew to the station in June, stayed behind.", []string{"Ada Holt and Ben Ortiz fly to the station"}},
		{"a pair of names before a long 'who' relative is who, and a past with a participle of its own is no participle", "Two astronauts, Ada Holt and Ben Ortiz, who flew to the station on a capsule in June on what was supposed to be a test flight, stayed behind.", []string{"Ada Holt and Ben Ortiz fly to the station on a capsule…"}},
		{"a reported past perfect with an adverb reads as the past", "The agency said output in September had also fallen by 0.1%.", []string{"The agency says output also fell by 0.1%"}},
		{"a subject ends on no 'what', which opens a clause", "Ada Holt flew to the station in June on what was supposed to be a test flight.", []string{"Ada Holt flies to the station on what was supposed to be a test…"}},
		{"a lead's death and its day, told by a surname two people share, are one", "Ada Jones, the singer and songwriter who shaped the sound of popular music for half a century, has died. She was 91.\n\nJones died on Sunday night at her home in the hills above Los Angeles, surrounded by family, her publicist said.\n\nShe is survived by her daughter, the actress Rita Jones.", []string{"Ada Jones dies"}},
		{"a source's participle after 'according to' is its publication", "Adults who walk at least 7,000 steps a day have a 47% lower risk of dying early than those who walk 2,000, according to a large study published on Wednesday in a journal.", []string{"A large study is published in a journal"}},
		{"a title in quotation marks is no 'she', and a surname two people share is one's", "Ana Jones, the singer, died on Friday. Jones won her first award in 1970.\n\nShe produced an album in 1982. \"Thriller\" remains the best-selling album of all time. In 1985 she organised a charity single.\n\nShe is survived by her daughter, Rita Jones.", []string{"Jones wins her first award", "Jones produces an album", "Jones organises a charity single", "Ana Jones dies"}},
		{"a comma a date leaves alone closes up on the word before", "He went on to produce the albums \"Red\" (1979), \"Blue\" and \"Green\".", []string{"He goes on to produce the albums \"Red\", \"Blue\" and \"Green\""}},
		{"a verb of becoming after 'and' opens a predicate with its state", "The drug was first approved for weight loss in 2021 and became available through a specialist programme last September.", []string{"The drug is approved for weight loss", "The drug becomes available through a specialist programme"}},
		{"what is reported after the saying's date goes on past an aside on its subject", "The agency said on Wednesday that the drug, sold as Wegovy, should be offered to adults.", []string{"The agency says the drug, sold as Wegovy, should be offered to adults"}},
		{"a name of three short parts keeps the family name that may open it", "South Korean President Park Jin Woo declared martial law late on Tuesday.", []string{"Park Jin Woo declares martial law"}},
		{"a participle after 'no' is an adjective, not the verb whose auxiliary a second predicate shares", "Tom Reyes, 27, of no fixed address, was arrested on Sunday afternoon and charged late on Monday.", []string{"Tom Reyes is arrested", "Tom Reyes is charged"}},
		{"one sent on to an act still to come is told by that act", "He appeared in court on Tuesday and was remanded in custody to appear at the Old Bailey on Friday.", []string{"He appears in court", "He will appear at the Old Bailey"}},
		{"a bare plural after a preposition is what 'that' tells of", "At least 10 people were killed, most of them in tornadoes that struck the county on Monday afternoon.", []string{"Tornadoes strike the county"}},
		{"a time counted back right after a name a state's 'from' takes is the name's", "Hurricane Milton made landfall near Siesta Key, Florida, as a Category 3 storm late Monday, bringing destructive winds, a deadly storm surge and tornadoes to a state still recovering from Hurricane Helene two weeks earlier.", []string{"Hurricane Milton makes landfall near Siesta Key, Florida, as a Category 3 storm, bringing…"}},
		{"'after tax' opens no clause", "Profit after tax for the six months to the end of September was 1.79 billion euros.", []string{"Profit after tax is 1.79 billion euros"}},
		{"an adverb before a clause opener goes from the subject", "He is expected to visit in the coming weeks, possibly before Trump takes office on Jan. 20.", []string{"Trump takes office"}},
		{"a name after a place's phrase names the place, not the subject", "The river in the state capital, Porto Alegre, reached 5.04 metres on Sunday morning.", []string{"The river in the state capital reaches 5.04 metres"}},
		{"a perfect participle's phrase after a pronoun's clause tells what the pronoun did", "He now has four titles, having won the U.S. Open in 2022.", []string{"He wins the U.S. Open"}},
		{"an entry's clause of time that leads in goes from its title", "April 9: Hours after the higher rates take effect, Trump pauses them for 90 days.", []string{"Trump pauses them for 90 days"}},
		{"a 'that' relative after the main date, with a date of its own, is an event, and no part of the main one", "He was charged in March last year following an investigation that began in 2021.", []string{"An investigation begins", "He is charged following an investigation"}},
		{"a list that opens the sentence may end in a name of two words", "Holt, Ana Ruiz and Ben Ortiz became the first crew to leave orbit when they launched on Dec. 21, 1968.", []string{"Holt, Ana Ruiz and Ben Ortiz become the first crew to leave orbit when…"}},
		{"a plan its date follows, set against what became of it, dates nothing", "A vote was expected on Thursday but was delayed after a row over the terms.", nil},
		{"a date a noun is due on is the noun's", "Workers will forgo a 5% pay rise due in 2026.", nil},
		{"a plural names no 'she'", "Prosecutors said the funds were stolen. She was arrested in August 2023.", []string{"She is arrested"}},
		{"'she' after a plural's report is whom it spoke of", "Prosecutors said Hale stole the funds. She was arrested in August 2023.", []string{"Hale is arrested"}},
		{"'had' with an object is the verb", "The unit had 14 vacancies in January, she said.", []string{"The unit has 14 vacancies"}},
		{"a surname that opens a sentence is a person's when the story names her in full there", "Maria Reyes, 45, was charged. Reyes said on Monday she would appeal.", []string{"Reyes says she will appeal"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var titles []string
			for _, e := range build(t, Article{FileName: "a.txt", Published: wed12Mar2025, Text: tt.text}) {
				titles = append(titles, e.Title)
			}
			assert.Equal(t, tt.want, titles)
		})
	}
}

// TestRangeIsDatedByItsStart checks that what ran between two dates is
// dated by the first, and that a range from "now" dates nothing.
func TestRangeIsDatedByItsStart(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The port ran at half capacity from May 3 to July 9, 2024.", "2024-05-03"},
		{"The road will be closed from Monday to Friday, the council said.", "2025-03-17"},
		{"Fighting raged between Monday and Wednesday, the army said.", "2025-03-10"},
		{"Talks were held from 3 to 5 March in Leeds.", "2025-03-03"},
		{"Strikes are planned on 17, 18 and 19 March.", "2025-03-17"},
		{"The bridge will be closed between 9am and 5pm on Saturday, the council said.", "2025-03-15"},
		{"The campaign will run from now to Election Day, he said.", ""},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			dates := startDates(t, tt.text)
			if tt.want == "" {
				assert.Empty(t, dates)
				return
			}
			assert.Equal(t, []string{tt.want}, dates)
		})
	}
}

// TestBareSayingIsDatedByWhatIsSaid checks that a date before a verb of
// saying that reports without "that" dates only the saying, and that a
// date in a clause of its own before it still dates that clause.
func TestBareSayingIsDatedByWhatIsSaid(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Giving evidence on Monday, builder Ari Stone said he met the mayor on 4 March 2020.", "2020-03-04"},
		{"He was arrested on Monday and police said he had fled on Friday.", "2025-03-10"},
		{"The utility said Tuesday it had warned regulators on 10 March.", "2025-03-10"},
		{"Officials said Monday they will order the family to hand over the boy, who could leave as early as Tuesday.", "2025-03-10"},
		// A plan told of a noun in what is reported leaves the saying its
		// date; a plan that is what is reported dates it.
		{"Apple said on Tuesday it would invest $5 billion in a new campus due to open in 2027.", "2025-03-11"},
		{"Apple said on Tuesday the campus was due to open in 2027.", "2027-01-01"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, startDates(t, tt.text))
		})
	}
}

// TestNounDateLeavesTheClauseItsOwn checks that a month naming the noun
// after it leaves the clause to the date of its verb.
func TestNounDateLeavesTheClauseItsOwn(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The agency said the previous November record, 37.4C, had been set in 2015.", "2015-01-01"},
		{"The previous November record had been set in 2015.", "2015-01-01"},
		{"The previous November record was broken on Monday.", "2025-03-10"},
		{"Its last flyby, in February, put the probe on course for Tuesday's record approach.", "2025-02-01"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, startDates(t, tt.text))
		})
	}
}

// The day a noun was planned for yields to the day of what was done to
// it.
func TestPlannedDayYieldsToTheActsDay(t *testing.T) {
	tests := []struct{ text, want string }{
		{"Airlines canceled 1,200 flights scheduled for Tuesday on Monday evening.", "2025-03-10"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			assert.Equal(t, []string{tt.want}, startDates(t, tt.text))
		})
	}
}

// A day counted by a hedged measure is open on the side the hedge says.
func TestHedgedOffsetIsOpen(t *testing.T) {
	tests := []struct {
		text  string
		title string
		want  timeline.Modifier
		label string
	}{
		{"A manuscript was handed back on Friday, more than 150 years after it was taken.", "A manuscript is taken", timeline.ModBefore, "Before 1875"},
		{"The talks began on Saturday, less than a week after a missile strike killed 19 people.", "A missile strike kills 19 people", timeline.ModAfter, "After Sat 1 Mar 2025"},
		// The bound is the day the count reaches, late in its month.
		{"The club sacked its manager on Feb. 24, less than five months after he signed a contract.", "He signs a contract", timeline.ModAfter, "After late Sep 2024"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			events := build(t, Article{FileName: "a.txt", Published: wed12Mar2025, Text: tt.text})
			k := slices.IndexFunc(events, func(e timeline.Event) bool { return e.Title == tt.title })
			require.GreaterOrEqual(t, k, 0, "no event %q", tt.title)
			assert.Equal(t, tt.want, events[k].Date.Modifier)
			assert.Equal(t, tt.label, events[k].Date.Label())
		})
	}
}

// startDates are the first days of the events built from text, published
// on wed12Mar2025.
func startDates(t *testing.T, text string) []string {
	t.Helper()
	var dates []string
	for _, e := range build(t, Article{FileName: "a.txt", Published: wed12Mar2025, Text: text}) {
		dates = append(dates, e.Date.Start.Format(timeline.DateLayout))
	}
	return dates
}

// A merged event is titled by a report whose verb is its own clause's, not
// by a relative clause whose subject is a guess.
// An open span counted back in decades or centuries is labelled by the
// year it is bounded by, not by a decade.
func TestOpenSpanOfDecadesIsBoundedByAYear(t *testing.T) {
	tests := []struct{ text, want string }{
		{"The firm was founded more than a decade ago.", "Before 2015"},
		{"The firm was founded more than a century ago.", "Before 1925"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			events := build(t, Article{FileName: "a.txt", Published: wed12Mar2025, Text: tt.text})
			require.Len(t, events, 1)
			assert.Equal(t, tt.want, events[0].Date.Label())
		})
	}
}

// Reports of one day at times that cannot meet are one event only when
// they tell it in much the same words.
func TestTimesThatCannotMeetKeepEventsApart(t *testing.T) {
	events := build(t,
		Article{FileName: "a.txt", Outlet: "Wire A", Published: wed12Mar2025, Text: "Storm Lena made landfall at 2 a.m. on Tuesday."},
		Article{FileName: "b.txt", Outlet: "Wire B", Published: wed12Mar2025, Text: "Storm Lena weakened on Tuesday night."},
	)
	assert.Len(t, events, 2)
}

// A merged event is titled by a report of it happening, not by one of
// what was to happen, published before it.
func TestMergedTitlePrefersWhatHappened(t *testing.T) {
	events := build(t,
		Article{FileName: "a.txt", Outlet: "Wire A", Published: wed12Mar2025, Text: "Vaccination clinics will open in all three cities on Thursday."},
		Article{FileName: "b.txt", Outlet: "Wire B", Published: wed12Mar2025.AddDate(0, 0, 2), Text: "Thousands of parents queued outside vaccination clinics in all three cities on Thursday."},
	)
	require.Len(t, events, 1)
	assert.Equal(t, "Thousands of parents queue outside vaccination clinics in all three cities", events[0].Title)
}

// A relative on "who" names its subject: the person or body before it.
func TestMergedTitleTakesARelativeOnWho(t *testing.T) {
	events := build(t,
		Article{FileName: "a.txt", Outlet: "Wire A", Published: wed12Mar2025, Text: "The FDA said inspectors would visit the plant later this month."},
		Article{FileName: "b.txt", Outlet: "Wire B", Published: wed12Mar2025.AddDate(0, 0, 21), Text: "FDA inspectors who visited the Kessling plant last week found serious violations of safety rules."},
	)
	require.Len(t, events, 1)
	assert.Equal(t, "FDA inspectors visit the Kessling plant", events[0].Title)
}

func TestMergedTitleAvoidsARelativeClause(t *testing.T) {
	events := build(t,
		Article{FileName: "a.txt", Outlet: "Wire A", Published: wed12Mar2025, Text: "Ari Stone heads a team that is investigating the bombings which killed 20 people, including two guards, on March 3."},
		Article{FileName: "b.txt", Outlet: "Wire B", Published: wed12Mar2025, Text: "The bombings on March 3 killed 20 people, including two guards."},
	)
	require.Len(t, events, 1)
	assert.Equal(t, "The bombings kill 20 people", events[0].Title)
}

// A lead that opens with a quotation is what someone said, not news the
// article reports in the present perfect.
func TestQuotedLeadIsNoNews(t *testing.T) {
	events := build(t, Article{FileName: "a.txt", Published: wed12Mar2025, Headline: "Aid team arrives",
		Text: "Aid team arrives\n\nKESSLING, Norland (AP) _\n\n“We want to build on the partnership that has existed between our countries,” the minister said at a news conference."})
	assert.Empty(t, events)
}

// A lead and the dated report of its act a day before meet in fewer
// words than two reports of one date must share.
func TestLeadMeetsItsDatedReport(t *testing.T) {
	events := build(t, Article{FileName: "a.txt", Published: wed12Mar2025,
		Text: "A former nurse has been found guilty of attempting to murder a newborn baby at a hospital in Chester.\n\nLucy Letby was convicted by a jury at Manchester Crown Court on Tuesday of trying to kill the girl in the early hours."})
	require.Len(t, events, 1, "one conviction")
	assert.Len(t, events[0].Citations, 2)
	assert.Equal(t, "weekday-past", events[0].Date.Basis.Rule, "dated by the report that gives its day")
}

// "he" after a plural's clause is the person it did something to, and a
// lead's unnamed person is that one when the act is the same; "is
// arrested" and "is charged" are two acts.
func TestLeadMeetsItsDatedReportOfThePerson(t *testing.T) {
	events := build(t, Article{FileName: "a.txt", Published: wed12Mar2025,
		Text: "A 19-year-old man has been charged with murder after a teenager was stabbed outside a school.\n\nDetectives arrested the suspect on Monday evening, and he was charged late on Tuesday."})
	require.Len(t, events, 2, "the arrest and the charge")
	assert.Equal(t, "A 19-year-old man is charged with murder", events[1].Title)
	assert.Len(t, events[1].Citations, 2)
	events = build(t, Article{FileName: "a.txt", Published: wed12Mar2025,
		Text: "A man has been arrested after a warehouse fire.\n\nPolice questioned the suspect on Monday, and he was charged on Tuesday."})
	require.Len(t, events, 3, "the questioning, the charge and the arrest")
	assert.Equal(t, "The suspect is charged", events[1].Title)
}

func TestLeadNewsIsDatedToPublication(t *testing.T) {
	events := build(t,
		Article{FileName: "a.txt", Published: wed12Mar2025, Headline: "Port shut",
			Text: "Port shut\n\nThe harbour authority has closed the port to all shipping after a warehouse fire.\n\nThe mayor on Thursday denied reports that the port had closed to all shipping."},
		Article{FileName: "b.txt", Published: wed12Mar2025.AddDate(0, 0, 1),
			Text: "The port has been closed to all shipping by the harbour authority following a warehouse fire."},
	)
	require.Len(t, events, 2, "the news and the denial are two events")
	news := events[1] // the denial, on Thursday 6 March, comes first
	assert.Contains(t, events[0].Title, "denies reports")
	assert.Equal(t, "reported-in-lead", news.Date.Basis.Rule)
	assert.Equal(t, wed12Mar2025, news.Date.Start, "dated by its first report")
	assert.Len(t, news.Citations, 2, "both leads report the same news")
	assert.Equal(t, "The harbour authority closes the port to all shipping", news.Title)
}

func TestMergeAcrossWordingAndDates(t *testing.T) {
	events := build(t,
		Article{FileName: "a.txt", Published: wed12Mar2025, Text: "The union halted deliveries to the port more than a month ago."},
		Article{FileName: "b.txt", Published: wed12Mar2025.AddDate(0, 0, -1), Text: "The union suspended deliveries to the port over a month ago, sources said."},
		Article{FileName: "c.txt", Published: wed12Mar2025, Text: "Police on Monday arrested two men over the warehouse fire."},
		Article{FileName: "d.txt", Published: wed12Mar2025, Text: "The council on Monday approved a new budget for the harbour."},
	)
	require.Len(t, events, 3, "one stoppage reported twice; two different events on Monday stay apart")
	assert.Len(t, events[0].Citations, 2)
	assert.Equal(t, timeline.ModBefore, events[0].Date.Modifier)
	for _, e := range events[1:] {
		assert.Len(t, e.Citations, 1)
	}
}

func TestUndatedWithoutPublicationDate(t *testing.T) {
	events := build(t, Article{FileName: "a.txt", Text: "The harbour authority closed the port on Tuesday after a fire."})
	require.Len(t, events, 1, "kept, not dropped")
	e := events[0]
	assert.True(t, e.Date.Undated(), "no publication date, so no calendar date: got %s", e.Date.Label())
	assert.Equal(t, "Tuesday", e.Date.Basis.Expression)
	assert.Equal(t, "The harbour authority closes the port", e.Title)
}

func TestUndatedRepeatsMerge(t *testing.T) {
	events := build(t,
		Article{FileName: "a.txt", Text: "The harbour authority closed the port on Tuesday after a fire.\n" +
			"The harbour authority closed the port on Tuesday after a fire.\n" +
			"The council approved a new budget on Tuesday.\n" +
			"The harbour authority closed the port on Friday after a fire."},
		Article{FileName: "b.txt", Text: "The harbour authority closed the port on Tuesday after a fire."},
	)
	var got []string
	for _, e := range events {
		got = append(got, e.Date.Basis.SourceKey+" "+e.Date.Basis.Expression+": "+e.Title)
	}
	assert.ElementsMatch(t, []string{
		"a Tuesday: The harbour authority closes the port (a.txt)",
		"a Tuesday: The council approves a new budget",
		"a Friday: The harbour authority closes the port (a.txt)",
		"b Tuesday: The harbour authority closes the port (b.txt)",
	}, got, "one article's repeated report is one event; another article's Tuesday may be another week")
}

func TestSameDayTitlesDiffer(t *testing.T) {
	day := timeline.Date{Start: wed12Mar2025, End: wed12Mar2025, Precision: timeline.PrecisionDay}
	events := []timeline.Event{
		{ID: "a", Title: "Police arrest a man", Date: day},
		{ID: "b", Title: "Police arrest a man", Date: day},
		{ID: "c", Title: "Police arrest a man", Date: timeline.Date{Start: wed12Mar2025.AddDate(0, 0, 1), End: wed12Mar2025.AddDate(0, 0, 1), Precision: timeline.PrecisionDay}},
	}
	distinguishTitles(events, map[string]string{"a": "Wire A", "b": "Wire B", "c": "Wire C"})
	assert.Equal(t, "Police arrest a man (Wire A)", events[0].Title)
	assert.Equal(t, "Police arrest a man (Wire B)", events[1].Title)
	assert.Equal(t, "Police arrest a man", events[2].Title, "another day's event keeps its title")
	assert.NotEqual(t, events[0].Slug, events[1].Slug)
}

// An article with more dated sentences than any real one is read up to a
// bound, with a warning naming it, so merging stays quick.
func TestDatedSentencesPerArticleAreBounded(t *testing.T) {
	text := strings.Repeat("The harbour authority closed the port on Monday, officials said. ", 3000)
	res := Build([]Article{{FileName: "repeated.txt", Published: wed12Mar2025, Text: text}})
	require.Equal(t, []string{"repeated.txt: 3000 dated sentences; only the first 1000 are read for events"}, res.Warnings)
	require.Len(t, res.Events, 1, "the same report, one event")
}

func TestHeadlineNounDate(t *testing.T) {
	tests := []struct {
		name, headline, body string
		want                 []string
	}{
		{"a month before a noun in a headline names the noun", "Fed's Waller backs December rate cut",
			"Federal Reserve Governor Christopher Waller said on Monday he supports a rate cut.", []string{"Waller says he supports a rate cut"}},
		{"a year before a noun in a headline names the noun", "Court blocks voting map ahead of 2026 midterms",
			"A federal court on Tuesday blocked a congressional map.", []string{"A federal court blocks a congressional map"}},
		{"a decade before a noun in a headline names the noun", "Novelist wins Booker Prize for debut set in 1970s Lagos",
			"The winner was announced at a ceremony in London on Tuesday evening.", []string{"The winner is announced at a ceremony in London"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var titles []string
			for _, e := range build(t, Article{FileName: "a.txt", Published: wed12Mar2025, Headline: tt.headline, Text: tt.headline + "\n\n" + tt.body}) {
				titles = append(titles, e.Title)
			}
			assert.Equal(t, tt.want, titles)
		})
	}
}

// A live report's heading is stamped with when it was posted; the time
// its entry gives for what happened dates the event.
func TestLiveStampYieldsToToldTime(t *testing.T) {
	text := "Live: storm hits coast\n\n11:20 Gust of 98mph recorded\n\nThe Met Office says a gust of 98mph was recorded at Great Dun Fell at 09:00."
	events := build(t, Article{FileName: "live.txt", Published: wed12Mar2025, Text: text})
	require.Len(t, events, 1)
	assert.Equal(t, "A gust of 98mph is recorded at Great Dun Fell", events[0].Title)
	assert.Equal(t, "9 a.m.", events[0].Date.ClockLabel())
}
