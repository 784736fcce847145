/// English word lists: the data the figure engine reads. Extend here, not in the parsers.
///
/// Format: `word=value` items separated by whitespace; phrases separated by `|`, one kind a
/// line (`kind: phrase | phrase`); `{a,b}` expands to each alternative.
enum EnglishWords {
    static let units = "zero=0 nought=0 naught=0 nil=0 one=1 two=2 three=3 four=4 five=5 six=6 seven=7 eight=8 nine=9"
    static let teens =
        "ten=10 eleven=11 twelve=12 thirteen=13 fourteen=14 fifteen=15 sixteen=16 seventeen=17 eighteen=18 nineteen=19"
    static let tens = "twenty=20 thirty=30 forty=40 fourty=40 fifty=50 sixty=60 seventy=70 eighty=80 ninety=90"
    static let hundreds = "hundred=100 hundreds=100"
    static let scales =
        "thousand=1e3 thousands=1e3 million=1e6 millions=1e6 billion=1e9 billions=1e9 trillion=1e12 trillions=1e12 lakh=1e5 lakhs=1e5 crore=1e7 crores=1e7"
    /// Scale letters written right after digits ("100k", "3bn").
    static let scaleSuffixes =
        "k=1e3 K=1e3 m=1e6 M=1e6 mm=1e6 mn=1e6 mil=1e6 mln=1e6 bn=1e9 bln=1e9 b=1e9 g=1e9 tn=1e12 tln=1e12 tr=1e12"
    static let dozens = "dozen=12 dozens=12"
    static let ordinals = """
        first=1 second=2 third=3 fourth=4 fifth=5 sixth=6 seventh=7 eighth=8 ninth=9 nineth=9 tenth=10
        eleventh=11 twelfth=12 thirteenth=13 fourteenth=14 fifteenth=15 sixteenth=16 seventeenth=17
        eighteenth=18 nineteenth=19 twentieth=20 thirtieth=30 fortieth=40 fiftieth=50 sixtieth=60
        seventieth=70 eightieth=80 ninetieth=90 hundredth=100 thousandth=1e3 millionth=1e6
        billionth=1e9 trillionth=1e12
        """
    /// Fraction denominators that are not ordinals.
    static let denominators = "half=2 halves=2 quarter=4 quarters=4"
    /// Digit-ordinal suffixes ("1st", "22nd", "11th").
    static let ordinalSuffixes = "st nd rd th"
    static let articles = "a an"
    /// Words that make the next number negative.
    static let negatives = "minus negative"
    /// "X over Y", "X out of Y" fractions.
    static let fractionWords = "over | out of"
    static let decimalPoint = "point"
    /// The word of a ratio "N in M" (read as the fraction N/M when N < M).
    static let ratioWords = "in"
    /// Words a count's noun phrase skips right after the figure (see `Lexicon.countDeterminers`).
    static let countDeterminers = "such other more additional further extra"
    /// Partitive links between a count and its noun, as `a | b` phrases of tokens ("d'" as "d").
    static let partitiveOf = "of the"
    static let connector = "and"

    /// Ranks relative to the current or the last item (`phrase=current+N` or `end-N`), read
    /// by `FigureExtractor.numbers(in:)` only: they are never figures.
    static let relativeOrdinals = """
        the one before the last one=end-1 | the last but one=end-1 | next to last=end-1 | second to last=end-1
        | second - to - last=end-1 | third to last=end-2 | penultimate=end-1 | antepenultimate=end-2
        | previous one=current-1 | current one=current+0 | next one=current+1 | next=current+1 | previous=current-1
        | last=end+0 | current=current+0
        """
    /// Hedges written before a number.
    static let prefixHedges = """
        approximate: around | about | roughly | approximately | approx | approx . | some | an estimated | estimated | close to | ~ | circa | ca . | in the region of | on the order of | more or less | give or take
        nearly: nearly | almost | just under | just shy of | not quite | close on
        atMost: up to | as many as | at most | at the most | no more than | not more than | a maximum of | maximum of | max . | < = | ≤ | {less,smaller,lower,fewer} than or equal {to,} | {less,smaller,lower,fewer} or equal {than,to} | equal to or {less,smaller,lower,fewer} than | at most or equal to
        atMostOpen: less than | fewer than | below | under | smaller than | lower than | beneath | < | just below
        atLeast: at least | no less than | not less than | no fewer than | not fewer than | upwards of | upward of | a minimum of | at the very least | > = | ≥ | {more,greater,larger,bigger,higher} than or equal {to,} | {more,greater,larger,bigger,higher} or equal {than,to} | equal to or {more,greater,larger,bigger,higher} than | at least or equal to
        atLeastOpen: more than | greater than | larger than | bigger than | higher than | above | over | well over | just over | well above | in excess of | > | {exceed,exceeds,exceeded,exceeding} | {surpass,surpasses,surpassed,surpassing} | more then
        exact: exactly | precisely | equals | equals to | equal to | =
        """
    /// Hedges written after a number ("50 or more").
    static let postfixHedges = """
        approximate: or so | odd | -odd | or thereabouts
        atMost: or less | or fewer | or below | or under | or lower | or smaller | at most | and below | and under | or less than | or fewer than | or smaller than | or lower than
        atLeast: or more | or greater | or above | or over | or higher | or larger | or bigger | and above | and up | and over | at least | or more than | or greater than | or larger than | or higher than | plus | +
        closeBound: or equal | or equal to
        """
    /// Words joining the two ends of a range ("75 to 80"); "between … and" and "from … to" pairs.
    static let rangeJoiners = "to | through | thru | - | – | ~ | and"
    static let rangeOpeners = "between=and | from=to | from=- | from=–"
    /// Vague quantities with their interval (`phrase=low,high`, empty high = unbounded).
    static let vague = """
        several=3,9 | a few=2,9 | few=2,9 | a handful=2,9 | a handful of=2,9 | many=10, | numerous=10, | countless=100,
        | dozens=24,99 | scores=40,199 | tens=20,99 | hundreds=200,999 | thousands=2000,9999 | tens of thousands=20000,99999
        | hundreds of thousands=200000,999999 | millions=2000000,999999999 | tens of millions=20000000,99999999
        | hundreds of millions=200000000,999999999 | billions=2000000000,999999999999 | a couple of=2,2 | a couple=2,2
        """
    /// Fixed counts written as nouns ("a dozen", "half a dozen").
    static let countNouns = "a dozen=12 | half a dozen=6 | a score of=20 | a couple of=2 | a pair of=2"
    static let percentWords =
        "percent | per cent | percents | percentage points | per-cent | pct | % | percentage point"
    /// Percent words written before their number ("percent of twenty").
    static let percentPrefixes = "percents of | per cent of | percent of"

    static let months = """
        january=1 jan=1 february=2 feb=2 march=3 mar=3 april=4 apr=4 may=5 june=6 jun=6 july=7 jul=7
        august=8 aug=8 september=9 sep=9 sept=9 october=10 oct=10 november=11 nov=11 december=12 dec=12
        """
    /// Words after which a four-digit number is a year ("in 2016").
    static let dateCues = """
        in since by until till from of during before after early late mid end beginning start between through to year around circa
        """
    /// Relative times: not dates, recorded as vague times.
    static let relativeTimes = """
        at the time | at that time | recently | yesterday | today | tonight | last night | last week | last month | last year
        | this week | this month | this year | next week | next month | next year | earlier this year | earlier this month
        | earlier this week | later this year | the day before | the previous day | the next day | the following day
        | a few days ago | a few weeks ago | a few months ago | a few years ago | days ago | weeks ago | months ago | years ago
        | the other day | lately | nowadays | currently | these days | in recent days | in recent weeks | in recent months
        | in recent years | the day after | last weekend | this weekend
        """
    /// Time units counted before "ago".
    static let timeUnits =
        "second seconds minute minutes hour hours day days week weeks month months year years decade decades"
    static let ago = "ago"

    /// Words that end a counted noun phrase or are never its head.
    static let stopWords = """
        the a an and or but nor of in on at to for from by with without as than that which who whom whose what when where while
        this these those there here it its they them their theirs he she his her hers we us our you your i me my
        is are was were be been being am has have had having do does did done will would shall should can could may might must
        not no so such very more most less least much any each every all both either neither other another per
        about around over under up down out into onto upon within among between through during before after since until
        against toward towards across behind beyond near including according reportedly allegedly ultimately also still just only
        even then thus however although though because if whether how why ago percent cent yet already again now
        monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
        """
    /// Auxiliaries before a participle ("were expelled", "had been identified").
    static let auxiliaries = "is are was were be been being am has have had having get got gets getting"
    /// Determiners that make "one" a pronoun ("the one", "which one").
    static let oneDeterminers = "the this that which any each every no some no-one someone anyone everyone"
    /// Words after "one" that make it a pronoun ("one of them", "one another").
    static let oneFollowers = "of another"

    /// Verbs: `lemma[/past[/participle]]` or `lemma>key` to share a key with another lemma.
    /// English lemmas are the cross-language keys.
    static let verbs = """
        expel/expelled/expelled arrest kill die/died/died injure wound>injure detain identify/identified/identified deport
        evacuate displace hire fire dismiss sentence convict charge employ recruit sell/sold/sold buy/bought/bought raise
        cut/cut/cut lose/lost/lost win/won/won spend/spent/spent earn receive pay/paid/paid report discover release free rescue
        attack destroy build/built/built open close expose send/sent/sent deploy flee/fled/fled leave/left/left vote elect count
        record register infect vaccinate test hospitalize hospitalise>hospitalize suspect accuse prosecute jail imprison
        execute bomb shoot/shot/shot capture seize ban approve reject increase decrease rise/rose/risen fall/fell/fallen
        grow/grew/grown drop reach exceed estimate investigate question interview survey meet/met/met visit attend protest
        strike/struck/struck sign sanction announce confirm recognise recognize>recognise enrol welcome host house shelter
        take/took/taken give/gave/given make/made/made hold/held/held catch/caught/caught find/found/found see/saw/seen
        say/said/said kick>expel oust>expel remove displace sack>dismiss lay/laid/laid employ fine export import produce
        """
    /// Irregular plurals: `plural=singular`.
    static let irregularPlurals = """
        people=person men=man women=woman children=child feet=foot teeth=tooth mice=mouse geese=goose police=police
        staff=staff data=data media=media series=series species=species news=news lives=life wives=wife knives=knife
        halves=half thieves=thief wolves=wolf leaves=leaf shelves=shelf crises=crisis analyses=analysis
        """
    /// Abbreviations whose final period never ends a sentence.
    static let abbreviations = """
        mr mrs ms dr prof st sr jr vs inc ltd co corp gen col lt sgt capt gov sen rep rev hon no nos nrs fig vol pp approx
        est e.g i.e u.s u.k u.n a.m p.m jan feb mar apr jun jul aug sep sept oct nov dec mt ft ave dept univ ca cf al
        """
}
