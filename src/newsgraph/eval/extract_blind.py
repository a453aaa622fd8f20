"""A blind furniture family for the extraction injection set (issue #10).

`BLIND` is a `Templates` family written after DEV, DEV2, DEV3 and HELDOUT, without looking at
the classifier (`newsgraph.extract`), and meant to stay unseen by whoever tunes it: its leak
rate is the estimate for furniture phrased in ways nobody here wrote cues for. Use it only for
measurement, never for tuning; once it has been looked at to fix misses, it is dev data.

The wording is modelled on what English-language news sites print around an article (UK,
US national and local, Indian, Australian, African, wire services, Substack-style newsletters),
with no template copied from the other families. The fields keep the shapes `extract.py`
expects (`_fill` placeholders: name, agency, place, day, site, domain, handle, freq, brief,
count, caption; `{h}`/`{H}` in `readmores`; no placeholders in openers, closers, cuts):

- `captions` / `credits`: photo captions, and credit lines with and without a label.
- `shares`: short page-chrome lines: share/save/listen tools, ad labels, reading time,
  timestamps ("Updated 2 hours ago").
- `prompts`: calls to action: newsletters, apps, podcasts, comments, cookie banners,
  paywall notices, tip lines, report-an-error links, short author bios.
- `readmores`: inline "Related:"-style links to other stories.
- `headers`: the header over a block of teasers ("Most shared", "Promoted Stories", ...).
- `openers`, `closers`, `cuts`: how a teaser's rewritten headline and snippet are dressed.
"""

from __future__ import annotations

from newsgraph.eval.extract_families import Templates

BLIND = Templates(
    captions=[
        "Rescue workers search through rubble in {place} {day}.",
        "{name} waves to the crowd after the vote in {place}.",
        "Floodwater covers a road on the outskirts of {place} {day}.",
        "Passengers wait on a platform at the main railway station in {place} {day}.",
        "{name}, centre, leaves the courthouse in {place} {day}.",
        "An aerial view of the port of {place}.",
        "Voters queue outside a polling station in {place} {day}.",
        "Fans celebrate in the streets of {place} {day}.",
    ],
    credits=[
        "Image caption, {caption}",
        "Image source, {agency}",
        "Image copyright {agency} Image caption {caption}",
        "FILE - {caption} ({name}/{agency} via AP, File)",
        "{caption} REUTERS/{name} Purchase Licensing Rights",
        "{caption} ({name}/Pool via {agency})",
        "{caption} Composite: {site}/{agency}",
        "{caption} ({site}: {name})",
        "{caption} ({name} | {site})",
        "{caption} (Representational image)",
        "{caption} (Express Photo: {name})",
        "{caption} (PTI Photo)",
        "Photo by {name} on Unsplash",
        "📷 {name}/{agency}",
        "{caption} [File: {name}/{agency}]",
        "{caption} Pic: {agency}",
        "{caption} {name}/{site} hide caption toggle caption",
        "{caption} (Handout via {agency})",
    ],
    shares=[
        "Share page",
        "Save article",
        "🎁 Gift article",
        "Listen to this article · 6 min",
        "🖨 Print article",
        "⭐ Add {site} as a preferred source on Google",
        "💬 View comments",
        "Advertisement",
        "Story continues below advertisement",
        "SKIP ADVERTISEMENT",
        "Updated 2 hours ago",
        "Last modified on Thu 6 Mar 2025 09.41 GMT",
        "Share on Bluesky",
        "Flipboard · Pinterest · Email · Print",
        "⏱ 4 min read",
        "Font size: A- A A+",
        "Bookmark this story",
    ],
    prompts=[
        "Skip past newsletter promotion",
        "after newsletter promotion",
        "Thanks for reading {site}! Subscribe for free to receive new posts and support my work.",
        "We use cookies to personalise content and ads. By clicking Accept all, you agree to our use of cookies.",
        "Manage cookie preferences",
        "Comments are closed on this article.",
        "What do you think? Let us know in the comments below 👇",
        "🎧 Listen to our {freq} podcast on Apple Podcasts, Spotify or wherever you get your podcasts.",
        "📱 {site} is on the App Store and Google Play: download the free app.",
        "Join our WhatsApp channel for updates from {place} ➡️",
        "Got a news tip? Email us at tips@{domain}",
        "You have reached your limit of free articles this month.",
        "The {brief}: the day's biggest stories in five minutes. Sign up →",
        "CLICK HERE TO DOWNLOAD OUR APP",
        "Spotted an error? Report it to our corrections desk.",
        "About the author: {name} covers politics for {site} from {place}.",
        "{name} is a freelance journalist based in {place}. Website: {domain}",
    ],
    readmores=[
        "► {h}",
        "→ {h}",
        "Go deeper: {h}",
        "Catch up: {h}",
        "Explainer: {h}",
        "Background: {h}",
        "Keep reading: {h}",
        "Video: {h}",
        "Photos: {h}",
        "Listen: {h}",
        "Earlier: {h}",
        "Full coverage: {h}",
        "PREVIOUS COVERAGE: {H}",
        "More on {place}: {h}",
        "Need to know: {h}",
        "Perspective | {h}",
        "Editor's pick: {h}",
    ],
    headers=[
        "Most shared",
        "Most commented",
        "What people are reading",
        "Top 5 this week",
        "More local news",
        "Up next",
        "Elsewhere on {site}",
        "Stories you may have missed",
        "Promoted Stories",
        "Paid partner content",
        "Catch up on the latest",
        "Watch next",
        "Spotlight",
        "Featured stories",
        "From our partners",
        "Best of {site}",
        "Weekend reads",
    ],
    openers=["Fact check:", "Podcast:", "Factbox:", "Q&A:", "Timeline:", "The long read:"],
    closers=[" | World News", " (Photos)", ", Police Say", " as It Happened", ", Court Hears", " Ahead of Key Vote"],
    cuts=["…", "...", "… Full story", " →", "… ›", " ▸"],
)
