"""A third blind furniture family for the extraction injection set (issue #10).

`BLIND3` is a `Templates` family written after DEV to DEV9 and `extract_blind2.BLIND2`,
without looking at the classifier (`newsgraph.extract`) or its tests, and without running the
extractor on it. Keep it unseen by whoever tunes the classifier: its leak rate is the estimate
for furniture phrased in ways nobody here wrote cues for. Measure with it; never tune on it.
Once its misses have been studied, it is development data like the others.

The wording is modelled on what English-language news sites print around an article: regional
US papers, Irish, Scottish, South African, Nigerian, Singaporean, Philippine and Pakistani
papers, trade and business press, sports sites, public broadcasters, e-mail newsletters,
podcast and video players, live-blog chrome, audio and accessibility tools, corrections and
trust boxes, reporter contact and tip lines, syndication lines, event, e-edition and print
pitches, reader surveys, polls and tickers. No template repeats, or sits inside, a wording of
the other families (compared after lower-casing and stripping punctuation and placeholders).
Fields keep the shapes `extract.py` expects (`_fill` placeholders: name, agency, place, day,
site, domain, handle, freq, brief, count, caption; `{h}`/`{H}` in `readmores`; no placeholders
in openers, closers, cuts):

- `captions` / `credits`: photo captions, and credit lines in Irish, Scottish, South African,
  Nigerian, Singaporean, Philippine, Pakistani, US regional, public-broadcaster, magazine and
  stock/licence styles (some with no caption at all).
- `shares`: short page chrome: player and audio controls, live-blog controls, tickers,
  timestamps, print-edition lines, reprint and correction links, ad and sponsor labels.
- `prompts`: push, channel and app prompts, paywall, e-edition and donation pitches, trust,
  corrections and AI-disclosure boxes, contact and tip lines, republishing and licensing
  lines, event promos, surveys, polls, betting and investment small print, newsletter footers.
- `readmores`: inline links to other stories.
- `headers`: the header over a block of teasers (recommendation widgets, section lists).
- `openers`, `closers`, `cuts`: how a teaser's rewritten headline and snippet are dressed.
"""

from __future__ import annotations

from newsgraph.eval.extract_families import Templates

BLIND3 = Templates(
    captions=[
        "A farmer inspects maize plants in a field outside {place} {day}.",
        "{name} lifts the trophy after the final in {place} {day}.",
        "Traders watch screens on the floor of the stock exchange in {place} {day}.",
        "Pupils return to class at a primary school in {place} {day}.",
        "A ferry pulls away from the pier in {place} at sunset.",
        "{name}, right, shakes hands with a visiting delegate in {place} {day}.",
        "Motorists queue for fuel at a filling station in {place} {day}.",
        "Nurses stage a sit-in outside a public hospital in {place} {day}.",
        "The headquarters of the central bank in {place}.",
        "Players warm up before the match in {place} {day}.",
        "A vendor arranges fruit at a roadside stall in {place} {day}.",
        "{name} takes questions from students at a town-hall meeting in {place}.",
    ],
    credits=[
        "{caption} (Pic: RollingNews.ie)",
        "{caption} Picture: {name}, Collins Dublin",
        "{caption} Image: Newsquest",
        "{caption} Picture: {name}/JPIMedia",
        "{caption} Picture: Gallo Images/{name}",
        "{caption} (Photo: Gallo Images/Sowetan/{name})",
        "{caption} Credit: Channels TV screengrab",
        "{caption} ST PHOTO: {name}",
        "{caption} PHOTO: ST FILE",
        "{caption} INQUIRER FILE PHOTO / {name}",
        "{caption} Photo from {name}'s Facebook page",
        "{caption} — DawnNewsTV screengrab",
        "{caption} — AFP/File",
        "{caption} {name} / Staff photographer",
        "{caption} (Staff photo by {name})",
        "{caption} (Submitted by {name})",
        "{caption} ({name}/CBC)",
        "{caption} (ABC News: {name})",
        "{caption} Credit: Adobe Stock",
        "{caption} Source: company handout",
        "Photographed by {name} for {site}. Styling by {name}.",
        "Illustration by {name}; source photos: {agency}",
        "{caption} (Image: {name} via Wikimedia Commons, CC BY-SA 4.0)",
        "{caption} (Photo by {name}/NurPhoto via Getty Images)",
        "{caption} Image generated using AI",
    ],
    shares=[
        "🔊 Audio version · 4:12",
        "Audio is AI-generated. Report an issue",
        "Video Duration 02 minutes 41 seconds 02:41",
        "Show transcript",
        "Autoplay: ON",
        "Pinned post",
        "Show 12 new updates",
        "Newest first | Oldest first",
        "{place} 14°C ☁ · FTSE 100 8,214.35 ▲0.42%",
        "NGX ASI 98,344.12 ▼0.18% | STI 3,401.26 +0.30%",
        "Posted Sat 14 Jun 2025 at 6:02am, updated Sat 14 Jun 2025 at 9:15am",
        "Last Updated: 12th June, 2025 09:14 IST",
        "Published in {site}, June 12th, 2025",
        "A version of this story appeared in the Saturday print edition.",
        "Reprints & Permissions",
        "Corrections & clarifications | Submit a news tip | Report error",
        "Sponsor Message",
        "Support Provided By: Learn more",
        "Remove Ads",
        "ADVERTORIAL",
        "Leave a comment",
        "Restack",
        "View in browser",
        "📸 View gallery (14 photos)",
        "Download PDF",
        "More about: {place} · courts · crime",
    ],
    prompts=[
        "Sign up for push alerts and have the best news, analysis and comment delivered directly to your phone.",
        "Find {site} on WhatsApp and stay up to date.",
        "Join {site}'s Telegram channel and get the latest breaking news delivered to you.",
        "Subscribe to {site} PLUS to get access to the digital edition and 70+ other titles, share up to "
        "5 gadgets, listen to the news and download as early as 4am. Call (02) 8555 0100.",
        "For feedback, complaints, or inquiries, contact us.",
        "Like Opinion & Editorial on Facebook, follow @{handle} on X to receive all updates on all our daily pieces.",
        "TEXT AD: Call Tunde on +234 800 555 0147 for bulk SMS and advert placements.",
        "Comments - share your knowledge and experience. Please note you must be a paid member to comment.",
        "{site} is committed to accuracy. If you believe a factual error has been made, email our editors at "
        "corrections@{domain}.",
        "Why you can trust {site}: our reporters follow a strict code of ethics and never accept gifts from "
        "the people they cover.",
        "This story was translated with the help of AI and reviewed by an editor before publication.",
        "Reach {name} at 312-555-0188 or on Bluesky @{handle}.",
        "Know something we should look into? Send a confidential tip via Signal: +1 555 014 2277.",
        "Republish this story for free under a Creative Commons licence (CC BY-ND 4.0).",
        "To license this content for your publication, contact syndication@{domain}.",
        "Join us at {site} Live in {place} on 18 September. Early-bird tickets are on sale now.",
        "Read today's e-Edition: the full print paper, page by page, on any device.",
        "Get home delivery of the print edition seven days a week from $4.50.",
        "Help us improve: take our two-minute reader survey.",
        "Vote now. Results are shown after you vote. Total votes: 1,204",
        "Bet responsibly. 18+ only. BeGambleAware.org. Odds subject to change, T&Cs apply.",
        "Market data provided by ICE. Quotes delayed at least 15 minutes.",
        "Disclosure: the author holds no position in any stock mentioned. This is not investment advice.",
        "Enjoy this edition? Forward it to a friend and earn rewards when they sign up.",
        "You received this email because you opted in at {domain}. Unsubscribe | Update preferences",
        "This post is for paid subscribers. Already paying? Sign in",
        "Get the {site} Sport app: live scores, fixtures and highlights in one place.",
    ],
    readmores=[
        "ICYMI: {h}",
        "Flashback: {h}",
        "Our earlier coverage — {h}",
        "Readers also viewed: {h}",
        "Backstory: {h}",
        "From the print edition: {h}",
        "Insider 🔒 {h}",
        "The story so far: {h}",
        "Also on the podcast: {h}",
        "Listen to the episode: {h}",
        "Watch the video: {h}",
        "Also worth reading ⟶ {h}",
        "On our radar: {h}",
        "Where it started: {h}",
        "Fact sheet: {h}",
        "Explore the data: {h}",
        "Follow live: {h}",
        "Scores & highlights: {h}",
        "Markets wrap: {h}",
        "LETTERS | {H}",
        "FROM OUR SISTER TITLE: {H}",
    ],
    headers=[
        "Today's must-reads",
        "Reader favourites",
        "Trending in {place}",
        "Around the region",
        "Nation & world",
        "Latest sport",
        "Money matters",
        "Recommended by Outbrain",
        "Promoted content",
        "Other stories by {name}",
        "Staff picks",
        "The week in review",
        "Just published",
        "Video playlist",
        "Listen next",
        "Related episodes",
        "Beyond the headlines",
        "This week's biggest stories",
        "In other sports",
        "Previously in this series",
        "Continue the conversation",
    ],
    openers=["Editorial:", "Feature:", "Column:", "Sunday Read:", "Preview:", "Match Report:", "Letter:",
             "Watch Live:", "Developing:", "Case Study:"],
    closers=[" – Court Told", " After Row", " Amid Fears", " Despite Objections", ", Residents Say",
             ", Union Warns", " — In Numbers", " | Player Ratings", " — the Key Questions", " (Subscriber Content)"],
    cuts=["… Carry on reading", "… [Expand]", " — more inside", "…(cont.)", "… Full piece", "… Tap to expand",
          "… Subscribe to read", " ⟩⟩", "… 🔒"],
)
