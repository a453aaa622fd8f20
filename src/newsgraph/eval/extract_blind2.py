"""A second blind furniture family for the extraction injection set (issue #10).

`BLIND2` is a `Templates` family written after DEV to DEV8 and `extract_blind.BLIND`, without
looking at the classifier (`newsgraph.extract`), while `BLIND` was being used as development
data. Keep it unseen by whoever tunes the classifier: its leak rate is the estimate for
furniture phrased in ways nobody here wrote cues for. Measure with it; never tune on it. Once
its misses have been studied, it is development data like the others.

The wording is modelled on what English-language news sites print around an article: wire
services (AP, AFP, Xinhua, The Canadian Press, AAP), UK, US, Indian, Australian, New Zealand,
Canadian, Kenyan and Asian outlets, local papers, magazines, broadcasters, live blogs and
e-mail newsletters. No template repeats a wording of the other families (compared after
lower-casing and stripping punctuation). Fields keep the shapes `extract.py` expects (`_fill`
placeholders: name, agency, place, day, site, domain, handle, freq, brief, count, caption;
`{h}`/`{H}` in `readmores`; no placeholders in openers, closers, cuts):

- `captions` / `credits`: photo captions, and credit lines in wire, broadsheet, tabloid,
  Indian, Antipodean, Canadian, magazine and gallery styles (some with no caption at all).
- `shares`: short page chrome: share/app/listen tools, ad labels, text size, tags,
  timestamps, comment counters.
- `prompts`: cookie and embed-consent banners, paywall and donation pitches, comment-policy
  lines, app/channel/podcast/newsletter prompts, sign-up small print, author bios, copyright.
- `readmores`: inline links to other stories.
- `headers`: the header over a block of teasers (recommendation widgets, section lists).
- `openers`, `closers`, `cuts`: how a teaser's rewritten headline and snippet are dressed.
"""

from __future__ import annotations

from newsgraph.eval.extract_families import Templates

BLIND2 = Templates(
    captions=[
        "{name} gestures while speaking to the media in {place} {day}.",
        "Commuters cross a bridge during the morning rush hour in {place} {day}.",
        "A health worker prepares a vaccine at a clinic in {place} {day}.",
        "Demonstrators march through the city centre of {place} {day}.",
        "{name}, second from left, tours a factory on the edge of {place}.",
        "Cargo containers are stacked at a terminal in {place} {day}.",
        "A man cycles past shuttered shops in {place} {day}.",
        "Officials inspect storm damage along the coast near {place}.",
        "{name} reacts after the verdict was read out in {place} {day}.",
        "Tourists photograph the old city walls in {place}.",
    ],
    credits=[
        "{caption} | Photo Credit: {name}",
        "{caption} | Photo Credit: Special Arrangement",
        "{caption} THE CANADIAN PRESS/{name}",
        "{caption} AAP Image/{name}",
        "{caption} Photo / {name}, {site}",
        "{caption} (Xinhua/{name})",
        "{caption} (Photo: X/@{handle})",
        "Graphic: {name}/{site}",
        "{caption} | {name} | Nation Media Group",
        "{caption} Photo Illustration: {site}; Source: {agency}",
        "Enlarge this image {caption} {name}/{agency}",
        "Open image in gallery {caption} ({agency})",
        "{caption} ({name}/{site} via AP)",
        "{caption} (Contributed photo)",
        "{caption} (Screengrab: YouTube/{handle})",
        "{caption} — Picture courtesy: {site}",
        "{caption} (Photo: PIB)",
        "{caption} ({name}/SOPA Images/LightRocket via Getty Images)",
        "{caption} Copyright {name}, all rights reserved",
        "{caption} (Photo supplied by {site})",
        "Photos by {name} | Design by {site}",
        "{caption} (Video grab: {agency})",
    ],
    shares=[
        "Share full article",
        "Open in app",
        "Read in app",
        "Reading time: 3 minutes",
        "Published: 10:42 BST, 3 June 2025 | Updated: 11:05 BST, 3 June 2025",
        "Comments (48)",
        "ADVERTISEMENT - CONTINUE READING BELOW",
        "Article continues after this advertisement",
        "Scroll to continue with content",
        "Text size: Small Medium Large",
        "▶ Play · 5 min listen",
        "Add to reading list",
        "+ Follow {name}",
        "Share: 𝕏 | in | ✉",
        "Jump to comments ↓",
        "Tags: {place}, weather, local news",
        "Filed under: World · {place}",
        "Ad Feedback",
        "Sponsored content",
        "👁 {count} views",
        "Read this story in Hindi",
        "First published on 12 May 2024, 7:15 am IST",
    ],
    prompts=[
        "This site uses cookies. By continuing to browse the site you are agreeing to our use of cookies. "
        "Find out more.",
        "Allow social media content? This article includes content from a third party. We ask for your "
        "permission before anything is loaded.",
        "This content is blocked because you have not accepted the relevant cookies. Manage settings",
        "This article is for subscribers only.",
        "If you value our reporting, please consider a one-off contribution or become a monthly supporter "
        "from just £2.",
        "{site} is a non-profit newsroom. Donate now to keep our reporting free for everyone.",
        "Commenting has been turned off for this story.",
        "Please read our community guidelines before posting a comment.",
        "Follow {site} on Google News and WhatsApp for the latest updates.",
        "Catch all the Business News, Breaking News Events and Latest News Updates on {site}.",
        "Subscribe to our YouTube channel for more videos like this.",
        "🔔 Stay updated on Telegram: t.me/{handle}",
        "Did a friend forward this? Get the next edition delivered straight to you.",
        "This newsletter is reader-supported. Upgrade to a paid subscription for full access to the archive.",
        "{name} is {site}'s transport correspondent, based in {place}.",
        "Contact the author: newsdesk@{domain}",
        "Copyright © 2025 {site}. All rights reserved. This material may not be published, broadcast, "
        "rewritten or redistributed.",
        "By signing up, you agree to our Terms of Use and Privacy Policy.",
        "This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.",
        "Ad blocker detected: please whitelist {domain} to support our journalism.",
        "Tap here to turn on desktop notifications to get the news sent straight to you.",
        "Have a story for us? Call the newsroom on 0800 555 0199 or message us on social media.",
        "The {brief} podcast: new episodes every weekday. Listen now 🎧",
        "Digital subscription: every story, on every device, for 99p a week. Cancel any time.",
    ],
    readmores=[
        "Suggested: {h}",
        "Worth a read: {h}",
        "Read our analysis: {h}",
        "Interactive: {h}",
        "Sponsored | {h}",
        "THE BIG PICTURE: {H}",
        "Get up to speed: {h}",
        "Quick read: {h}",
        "📰 {h}",
        "👉 {h}",
        "Read our earlier report: {h}",
        "Gallery: {h}",
        "Recap: {h}",
        "Subscriber exclusive: {h}",
        "Deep dive: {h}",
        "Read the latest: {h}",
        "Related podcast: {h}",
        "ALSO WATCH — {H}",
        "Visual story: {h}",
        "Web story: {h}",
    ],
    headers=[
        "Sponsored Links by Taboola",
        "Around the country",
        "Most watched",
        "Top videos",
        "Explore these topics",
        "This morning's headlines",
        "Popular in {place}",
        "Business headlines",
        "More in this series",
        "Latest videos",
        "Have you read?",
        "News you can use",
        "Suggested reading",
        "People who read this also read",
        "FROM THE NEWSROOM",
        "More like this",
        "Topics in this story",
        "🔥 Hot stories",
        "Opinion & analysis",
        "Key events",
        "In this section",
    ],
    openers=["Interview:", "Review:", "Profile:", "In Focus:", "Data:", "Graphic:", "Your Money:", "Obituary:"],
    closers=[", Minister Says", ", Study Shows", " Despite Warnings",  " — Reaction", " | Live Blog",
             " Before Deadline", ": 5 Takeaways", " — and Why It Matters"],
    cuts=["… Read the full article", "… (continued)", "… Details here", " ⋯", "… ➜",
          "...[Read full story]", "… Tap to read", " ‣"],
)
