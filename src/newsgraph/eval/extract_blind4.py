"""A fourth blind furniture family for the extraction injection set (issue #10).

`BLIND4` is a `Templates` family written after DEV to DEV10 and `extract_blind3.BLIND3`,
without looking at the classifier (`newsgraph.extract`) or its tests, and without running the
extractor on it. Keep it unseen by whoever tunes the classifier: its leak rate is the estimate
for furniture phrased in ways nobody here wrote cues for. Measure with it; never tune on it.
Once its misses have been studied, it is development data like the others.

The wording is modelled on what English-language news sites print around an article:
Canadian, Australian and New Zealand regional papers, Gulf and East African outlets, US local
TV stations, wire-service related-coverage blocks, fact-check boxes, explainer key-point
promos, live-event and election widgets, sports score tickers, series lists, audio-article
players, translation notices, reprint and permissions lines, donation and membership pitches,
comment-section chrome, browser-notification and location prompts, and jobs, classifieds and
advertising promos. No template repeats, or sits inside, a wording of the other families
(compared after lower-casing and stripping punctuation and placeholders). Fields keep the
shapes `extract.py` expects (`_fill` placeholders: name, agency, place, day, site, domain,
handle, freq, brief, count, caption; `{h}`/`{H}` in `readmores`; no placeholders in openers,
closers, cuts):

- `captions` / `credits`: photo captions, and credit lines in Canadian, Australian, New
  Zealand, Gulf, East African, US local-TV, pool, map and artwork styles.
- `shares`: short page chrome: audio-player controls, score and election tickers, prayer-time
  and currency widgets, weather banners, comment-sort controls, language toggles, series
  counters, timestamps and word counts.
- `prompts`: browser and location prompts, fact-check and translation notes, reprint lines,
  donation and membership pitches, funding disclosures, comment-moderation notes, classifieds,
  jobs and advertising promos, local-TV streaming and tip lines, results small print.
- `readmores`: inline links to other stories.
- `headers`: the header over a block of teasers (series, wire, regional, results, community).
- `openers`, `closers`, `cuts`: how a teaser's rewritten headline and snippet are dressed.
"""

from __future__ import annotations

from newsgraph.eval.extract_families import Templates

BLIND4 = Templates(
    captions=[
        "A camel herder leads his animals across the dunes outside {place} {day}.",
        "Election officials count ballots by lamplight in {place} {day}.",
        "{name} holds up a copy of the report during a briefing in {place}.",
        "A motorcycle-taxi rider waits for customers at a junction in {place} {day}.",
        "Construction cranes tower over a new housing estate on the fringe of {place}.",
        "Lifeguards patrol the beach at {place} {day}.",
        "{name}, left, and a colleague go over papers before the budget session in {place}.",
        "Grain elevators stand against the prairie sky near {place}.",
        "A lineman repairs power cables after the storm in {place} {day}.",
        "Spectators fill the grandstand for the season opener in {place} {day}.",
        "{name} is sworn in at the legislature in {place} {day}.",
        "Wooden dhows are tied up along the creek in {place}.",
        "An empty classroom at a rural school north of {place}.",
    ],
    credits=[
        "{caption} Photo by {name} /Postmedia",
        "{caption} Picture: {name}/News Corp Australia",
        "{caption} Picture: Supplied",
        "{caption} (Supplied: {place} City Council)",
        "{caption} Photo: ABC Riverina / {name}",
        "{caption} {name} / NZME",
        "{caption} — WAM",
        "{caption} Image Credit: Gulf News Archives",
        "{caption} KT Photo: {name}",
        "{caption} — SPA",
        "{caption} FILE PHOTO | NMG",
        "{caption} (Photo: {name}/New Vision)",
        "{caption} Credit: KSDK",
        "{caption} Credit: Viewer-submitted photo",
        "{caption} (Courtesy of the {place} Police Department)",
        "{caption} (Pool photo via {agency})",
        "{caption} Drone still: {name}",
        "{caption} Map data © OpenStreetMap contributors",
        "Cover artwork: {name}",
        "{caption} Artwork by {name} for {site}",
        "{caption} Reproduced with permission of the family",
        "{caption} (Still from video shared on X by @{handle})",
    ],
    shares=[
        "⏯ Hear this story · narrated · 5:37",
        "Playback speed 1x ▸ 1.25x ▸ 1.5x",
        "LIVE 72' | ARS 1–0 CHE",
        "Q3 4:12 · BOS 78 – NYK 74",
        "FINAL/OT: Oilers 3, Flames 2",
        "🗳 61% of polls reporting · Updated 11:48 p.m.",
        "Part 2 of 5",
        "KEY POINTS ▾",
        "English | العربية",
        "Fajr 04:12 · Dhuhr 12:21 · Asr 15:44 · Maghrib 18:33 · Isha 19:50",
        "USD/KES 129.35 ▲ | Gold AED 312.75/g",
        "⚠️ 2 WEATHER ALERTS IN EFFECT",
        "Closings & Delays",
        "Sort by: Best ▾",
        "Load more comments (37)",
        "▲ 214 upvotes · Reply",
        "Report a typo",
        "Permalink",
        "Embed this post </>",
        "Last Updated Jun 18, 2025 11:04 PM MDT",
        "Word count: 812",
        "🔗 Copied to clipboard",
        "Open in Google Translate",
        "Request reprint rights",
    ],
    prompts=[
        "{site} wants to show notifications. Allow | Block",
        "Turn on browser alerts so you never miss an update from {place}. Not now · Yes, notify me",
        "Allow location access to see weather and stories for your area.",
        "How we rate claims: read our fact-check methodology and five-point verdict scale.",
        "Seen a claim you want checked? Message our fact-check line on +254 700 555 012.",
        "This article was first published in Kiswahili and has been translated into English.",
        "Machine-translated from the Arabic original. In case of discrepancy, the Arabic text prevails.",
        "No part of this article may be reproduced without written permission. Reprint requests: "
        "permissions@{domain}",
        "Reprinted with permission from {site}. All rights reserved.",
        "Members keep this newsroom running. Chip in from $5 a month and get a lighter, ad-free site.",
        "We're a registered charity: gifts over $20 are eligible for a tax receipt in Canada.",
        "This series is funded in part by a foundation grant. {site} retains full editorial control.",
        "Comments are moderated and may take up to 24 hours to appear. Keep it civil and on topic.",
        "You need to be logged in to join the discussion. Log in with Google or create an account.",
        "Post a job, sell a car or list a property in {site} Classifieds from AED 99.",
        "Now hiring: browse {count} vacancies on {site} Jobs.",
        "Place a death notice or tribute online and in print. Call our notices desk.",
        "Advertise with us: reach {count} readers across the region. Download the media kit.",
        "Stream our newscasts 24/7 on Roku, Fire TV and Apple TV: search for {handle} in your app store.",
        "Have a photo or video of breaking news? Upload it to our Near Me page or text it to 55123.",
        "Send us your story ideas at newstips@{domain} or call the newsroom hotline.",
        "Results are unofficial until certified and refresh every five minutes.",
        "Enable JavaScript to view the live scoreboard.",
        "Audio articles are read by human narrators and are available to members only.",
        "Can't listen now? Save this episode to your queue.",
        "Read the {brief} key points: a three-minute catch-up, refreshed as the story develops.",
    ],
    readmores=[
        "Key points: {h}",
        "Wire coverage — {h}",
        "Part 3 of our series: {h}",
        "Claim check: {h}",
        "Match centre: {h}",
        "Hear it: {h}",
        "Earlier in the series — {h}",
        "In the same series ⇢ {h}",
        "Dig deeper ↓ {h}",
        "Members only · {h}",
        "Election 2025 | {h}",
        "LATEST UPDATE ➤ {h}",
        "Partner story: {h}",
        "Catch the replay: {h}",
        "Views from the region: {h}",
        "🗳 {h}",
        "Listen back: {h}",
        "SERIES INDEX | {H}",
        "EXPLAINED IN 60 SECONDS: {H}",
    ],
    headers=[
        "Other parts of this series",
        "Wire coverage",
        "Key points",
        "Across the Gulf",
        "Headlines from East Africa",
        "Regional roundup",
        "Elsewhere in Canada",
        "Featured jobs",
        "Classifieds",
        "Community notices",
        "Obituaries",
        "Live blogs",
        "Scoreboard",
        "Election results",
        "Explainers",
        "Fact checks",
        "Most listened",
        "Discussion (23)",
        "Local TV picks for {place}",
        "📍 Near you",
    ],
    openers=["Our Verdict:", "Key Points:", "Matchday:", "Poll Tracker:", "In Translation:", "Members:",
             "Scoreboard:", "Regional:", "Wire:", "Vote Tally:"],
    closers=[" — Sources Tell 7News", ", Council Hears", " (Key Points)", " (English Version)",
             " – Rated Misleading", " as Count Continues", " | Election Desk", " 🔴 ON AIR", " [Members]",
             ", Fans Told"],
    cuts=["… ⤵", " (rest of story)", "... ▼ Unfold", " [+ see rest]", "… See full story", " — cont. p. 4",
          "… [Members only]", "…(keep going)", " ⏵", "… 🔽"],
)
