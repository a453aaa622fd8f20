"""A fifth blind furniture family for the extraction injection set (issue #10).

`BLIND5` is a `Templates` family written after DEV to DEV11 and `extract_blind4.BLIND4`,
without looking at the classifier (`newsgraph.extract`) or its tests, and without running the
extractor on it. Keep it unseen by whoever tunes the classifier: its leak rate is the estimate
for furniture phrased in ways nobody here wrote cues for. Measure with it; never tune on it.
Once its misses have been studied, it is development data like the others.

The wording is modelled on what English-language news sites print around an article: Indian
and Bangladeshi portals, Caribbean and Pacific papers, US public radio, UK regional and
hyperlocal sites, science and tech magazines, finance terminals' news pages, religious and
community papers, student papers, press-release wires (distribution boilerplate, "About" boxes,
media contacts, forward-looking-statement notices), obituary and guestbook chrome, affiliate
notices, accessibility and legal notices, weather alerts, traffic and transit widgets, betting
and fantasy promos, quiz and puzzle promos, messaging-app channel invites and event listings.
No template repeats, or sits inside, a wording of the other families (compared after
lower-casing and stripping punctuation and placeholders). Fields keep the shapes `extract.py`
expects (`_fill` placeholders: name, agency, place, day, site, domain, handle, freq, brief,
count, caption; `{h}`/`{H}` in `readmores`; no placeholders in openers, closers, cuts):

- `captions` / `credits`: photo captions, and credit lines in South Asian, Caribbean, Pacific,
  public-radio, UK regional, science-magazine, wire-handout and reader-submitted styles.
- `shares`: short page chrome: market tickers, transit and traffic widgets, weather alerts,
  betting odds, puzzle counters, guestbook and candle buttons, accessibility toggles.
- `prompts`: press-release boilerplate, media contacts, forward-looking statements, affiliate
  and sponsorship notices, legal and public notices, channel invites, pledge drives, student
  paper and community-paper appeals, quiz and fantasy promos, event listings.
- `readmores`: inline links to other stories.
- `headers`: the header over a block of teasers.
- `openers`, `closers`, `cuts`: how a teaser's rewritten headline and snippet are dressed.
"""

from __future__ import annotations

from newsgraph.eval.extract_templates import Templates

BLIND5 = Templates(
    captions=[
        "Devotees take a holy dip at the ghats in {place} {day}.",
        "Rickshaw pullers wait out a downpour under a flyover in {place}.",
        "Fishing boats lie beached after the cyclone warning near {place} {day}.",
        "{name} addresses a town hall meeting at a community centre in {place}.",
        "Steelpan players rehearse in a panyard in {place} ahead of carnival.",
        "Children in school uniform walk along a flooded lane in {place} {day}.",
        "Villagers gather under a mango tree for a kava ceremony outside {place}.",
        "A researcher examines soil samples in a laboratory in {place}.",
        "Commuters queue for a replacement bus service outside the station in {place} {day}.",
        "{name} poses with the trophy after the final in {place}.",
        "Traders sort bales of jute at a wholesale market in {place}.",
        "Members of the congregation light candles during an evening vigil in {place}.",
        "A prototype satellite sits in a clean room at a test facility near {place}.",
        "Students pack the lecture theatre for the union hustings {day}.",
        "The late {name}, pictured at a family celebration in {place}.",
    ],
    credits=[
        "{caption} (Photo: {name}/HT)",
        "{caption} | Express photo by {name}",
        "{caption} — PTI file photograph",
        "{caption} (Image source: Star file photo)",
        "{caption} Photo: Prothom Alo",
        "{caption} (Photo courtesy: Government Information Service)",
        "{caption} Photo: Fiji Sun/{name}",
        "{caption} (RNZ Pacific / {name})",
        "{caption} ({name}/WAMU)",
        "{caption} {name} for NPR",
        "{caption} Image: Local Democracy Reporting Service",
        "{caption} Picture: {name}, reader submission",
        "{caption} Image courtesy of NASA/JPL-Caltech",
        "{caption} Illustration by {name} | Source: company filings",
        "{caption} (Handout image distributed via {agency})",
        "{caption} Photograph submitted by the family",
        "{caption} Photo: {name}, staff photographer, The Campus Voice",
        "{caption} Image used under a Creative Commons BY-SA 4.0 licence",
        "{caption} (Screengrab: {site} livestream)",
        "{caption} Photographer: {name}/Bloomberg via {agency}",
    ],
    shares=[
        "SENSEX 73,412.86 ▼ 0.42% | NIFTY 22,310.15 ▼ 0.38%",
        "EUR/USD 1.0842 ▲ +0.11% · 10Y UST 4.21%",
        "Delayed quotes · 15 min",
        "🚇 Line 2: minor delays · Line 4: good service",
        "M6 J10–J11 northbound: 25 min delay",
        "🚦 Live traffic cams",
        "🌀 Tropical storm watch issued — tap for advisory",
        "UV index 11 · Extreme",
        "Odds: 5/2 · 9/4 · 11/1",
        "Wordle-style daily · #412 · 🟩🟩🟨⬜⬜",
        "Sign the guestbook · 48 entries",
        "🕯 Light a candle",
        "Send flowers",
        "A A A  Text size",
        "High contrast: off",
        "♿ Accessibility options",
        "Listen on 89.3 FM",
        "🎙 Pledge now",
        "Print-friendly version",
        "Translate this page ▾",
        "Filed under: Campus, Student Government",
        "⬇ Download PDF (1.2 MB)",
    ],
    prompts=[
        "Distributed by {agency} on behalf of the company. The issuer is solely responsible for "
        "the content of this announcement.",
        "About {site}: founded in 1998, the company serves {count} customers across 40 markets.",
        "Media contact: {name}, communications lead, press@{domain}",
        "This release contains forward-looking statements that involve risks and uncertainties; "
        "actual results may differ materially.",
        "Investors should not place undue reliance on these statements, which speak only as of "
        "the date hereof.",
        "When you buy through links on our site, we may earn a commission at no extra cost to you.",
        "Prices were accurate at the time of writing but may change. Items are chosen independently "
        "by our editors.",
        "PUBLIC NOTICE: Applications to amend the liquor licence may be inspected at the council "
        "offices in {place}.",
        "Legal notices are published in accordance with the statutory requirements of the state.",
        "Join the {site} channel on WhatsApp for verified updates, straight to your phone.",
        "Follow our Telegram channel t.me/{handle} for alerts as they happen.",
        "Public radio runs on listener support. Become a sustaining member for $10 a month.",
        "This coverage is made possible by underwriting from local businesses. Underwriting does not "
        "influence our journalism.",
        "The views expressed in this column are those of the author and do not necessarily reflect "
        "the position of the diocese.",
        "{site} is an editorially independent student publication. Donations are tax-deductible.",
        "Send your church, mosque, temple and parish events to community@{domain} by Tuesday noon.",
        "Guestbook entries are reviewed before posting. Condolences may be edited for length.",
        "Funeral arrangements are under the care of a family-owned home in {place}.",
        "Test your knowledge: take this week's {brief} quiz and compare your score with other readers.",
        "Crossword, sudoku and word search are free with registration. Play today's puzzles now.",
        "Build your fantasy squad before the deadline and win weekly prizes. T&Cs apply. 18+ only.",
        "Gamble responsibly. If you or someone you know has a gambling problem, call 1-800-GAMBLER.",
        "What's on: list your gig, fete or market for free in our {freq} events guide.",
        "If you have difficulty reading this page with assistive technology, contact our "
        "accessibility team.",
        "A Met Office yellow warning for rain covers {place} until 6am. Check the latest forecast.",
        "Severe weather may affect delivery of the print edition in some districts.",
    ],
    readmores=[
        "Also check: {h}",
        "In pics | {h}",
        "Watch video ▶ {h}",
        "From the archives (2019): {h}",
        "Heard on air: {h}",
        "Science desk — {h}",
        "Closing bell ∙ {h}",
        "Campus news: {h}",
        "Faith & community | {h}",
        "Around the islands: {h}",
        "Pacific roundup → {h}",
        "Patch picks: {h}",
        "Swipe up ⟶ {h}",
        "Press release ¦ {h}",
        "Tributes paid: {h}",
        "Quiz time! {h}",
        "Deal alert: {h}",
        "Traffic & travel: {h}",
        "NOW STREAMING ▸ {H}",
        "ALSO ON THE WIRE :: {H}",
    ],
    headers=[
        "Trending in India",
        "Top stories from Bangladesh",
        "Caribbean headlines",
        "Pacific news",
        "Heard on public radio",
        "More from our science desk",
        "Market movers",
        "Company announcements",
        "Latest press releases",
        "Death notices and tributes",
        "Faith and values",
        "From the campus",
        "What's on this weekend",
        "Today's puzzles",
        "Best buys",
        "Travel disruption",
        "Weather warnings for {place}",
        "Near {place} on Patch",
        "📲 Shared on WhatsApp",
    ],
    openers=["Campus:", "Bourse:", "In Memoriam:", "Science:", "Pacific:", "Press Release:",
             "Studio Session:", "Faith:", "Deal:", "Travel Alert:", "Puzzle:"],
    closers=[" - Details Inside", " [GALLERY INSIDE]", " (Radio Segment)", " | Faith Pages", " — Paid Partnership",
             " :: Press Release", " (Life Remembered)", ", Study Finds", " (Campus Edition)", " ✔️ Verified",
             " / Market Close"],
    cuts=[" ⋯ »»", "... [cont'd overleaf]", " (1/2)", " … ⇲", " ▸▸", "...[whole piece]", " ¶",
          " …tap for full text", " ...(contd.)", " ◆◆◆"],
)
