"""The furniture template families of the extraction injection set (see `newsgraph.eval.extract`).

Each `Templates` family words the same kinds of page furniture differently. DEV to DEV13 were
used to build or tune the classifier (their comments say when; DEV10 to DEV13, former blind
families, live in `extract_families2`). The blind families, written without looking at the
classifier, live in `extract_blind6.BLIND6` and `extract_blind7.BLIND7` and are only measured.
"""

from __future__ import annotations

from newsgraph.eval.extract_families2 import DEV10, DEV11, DEV12, DEV13
from newsgraph.eval.extract_templates import AGENCIES, DAYS, NAMES, PLACES, SITES, Templates

# "dev": the family looked at while building the classifier.
DEV = Templates(
    captions=[
        "{name} speaks during a news conference in {place} {day}.",
        "Residents gather outside the damaged building in {place} {day}.",
        "Supporters wave flags at a rally in {place} {day}.",
        "A view of the harbour in {place} at dusk.",
        "Firefighters work at the scene in central {place} {day}.",
        "{name} arrives for the hearing in {place}.",
    ],
    credits=[
        "{caption} (Photo: {name}/{agency})", "{caption} Photograph: {name}/{agency}",
        "{caption} | {agency}", "{name}/{agency}", "Image: {agency}", "{caption} ({agency} via Getty Images)",
        "Credit: {name} for {site}", "{caption} Picture: {agency}", "{caption} (AP Photo/{name})",
        "{caption} Photo by {name}/{agency}", "Photo courtesy of {name}",
    ],
    shares=[
        "Share this article", "Share on Facebook", "Share on X", "Share via Email", "Tweet this",
        "Share this @{domain}", "Facebook Twitter LinkedIn Email", "Copy link",
        "Click to share on WhatsApp (Opens in new window)", "SHARE THIS STORY", "Follow {site} on Instagram",
        "Follow us on X @{handle}", "Send this to a friend", "Share", "Pin it Share Tweet",
    ],
    prompts=[
        "Sign up for our free {freq} newsletter to get the top stories in your inbox.",
        "Get the {site} {brief} delivered to your email every weekday morning.",
        "Subscribe to {site}: unlimited access for just $1 a week.",
        "Don't miss the news that matters: join {count} readers who get our {freq} digest.",
        "Enter your email address to receive breaking news alerts.",
        "Want stories like this in your inbox? Sign up here.",
        "This story first appeared in our {freq} newsletter. Subscribe to receive it first.",
        "Never miss a story. Register for free updates from {site}.",
        "Become a subscriber today and support independent journalism.",
        "Stay informed: get {site} alerts straight to your phone.",
    ],
    readmores=[
        "Read more: {h}", "READ MORE: {H}", "Also read: {h}", "RELATED: {h}", "See also: {h}",
        "[Related: {h}]", "More: {h}", "Read next: {h}", "Recommended: {h}", "Continue reading: {h}",
        "MUST READ: {h}", "Don't miss: {h}", "Related coverage: {h}", "WATCH: {h}", "Also on {site}: {h}",
    ],
    headers=[
        "You May Also Like", "More from {site}", "Related Stories", "Recommended for you", "Most Read",
        "Trending Now", "Don't Miss", "Around the web", "Editors' Picks", "Top Stories", "MORE STORIES",
        "Read Next",
    ],
    openers=["Here's Why", "Experts React as", "New Details Emerge as", "Inside the Story:",
             "What We Know as", "Big Change:", "Explained:"],
    closers=[" Amid Mounting Pressure", ", Officials Say", ": What Comes Next", " in Surprise Move",
             ": Full Details", ", Report Finds", " as Questions Grow"],
    cuts=["…", "...", " ...", " […]", "…"],
)

# "dev2": written as a held-out family; its misses were then used to generalise the cues,
# so it counts as development data now.
DEV2 = Templates(
    captions=[
        "The scene {day} in {place}.", "{name}, pictured in {place} {day}.",
        "Police cordon off the area in {place}.", "Crowds at the opening ceremony in {place} {day}.",
        "Workers clear debris from a street in {place}.", "{name} (left) with aides in {place} {day}.",
    ],
    credits=[
        "{caption} (Photo by {name}/Getty Images)", "{caption} Credit: {agency}", "{caption} Image: {name}",
        "Photo: {agency}", "{caption} © {agency}", "FILE PHOTO: {caption} REUTERS/{name}",
        "{caption} Source: {agency}", "Pictured: {caption}", "{caption} [{agency}]",
        "{caption} ({name} / {agency})", "Photo illustration by {site}",
    ],
    shares=[
        "Share article", "SHARE ON FACEBOOK", "Post to X", "Email this article", "Share:",
        "Print this page", "Share this page on LinkedIn", "Spread the word: share this story",
        "Facebook | X | Reddit | Email", "Copy article link", "Forward to a friend",
        "Share this with your network",
    ],
    prompts=[
        "Sign up to our breaking news emails.", "Get our free {freq} bulletin, straight to your mailbox.",
        "Like what you're reading? Subscribe for full access.", "Join {site} Plus and read without limits.",
        "Download the {site} app for the latest news on the go.",
        "Get the best of {site} every week: sign up now.", "Sign up for {site} Daily, our flagship newsletter.",
        "Support our journalism: become a member today.",
        "Our {freq} roundup of the news you need. Enter your email.",
        "Want the latest headlines? Turn on push notifications.",
    ],
    readmores=[
        "READ: {h}", "Read also: {h}", "SEE ALSO: {H}", "Related: {h}", "Related article: {h}",
        "More on this story: {h}", "ALSO READ | {h}", "Further reading: {h}", "Read the full story: {h}",
        "Related News: {h}", "You might like: {h}", "Latest: {h}",
    ],
    headers=[
        "Related Articles", "More on this topic", "Recommended Reading", "Popular Stories",
        "What to read next", "In case you missed it", "Latest News", "More Coverage", "Top Headlines",
        "From around the web", "Also in the news", "Read more",
    ],
    openers=["Why", "How", "Breaking:", "Report:", "Update:"],
    closers=[" — Here's What Happened", " After Shock Decision", ": Everything You Need to Know",
             " as Debate Intensifies"],
    cuts=["…", "...", "… Read more", " (...)", "…"],
)

INLINE_KINDS = ["teaser", "share", "newsletter", "readmore", "caption"]


# "dev3": a second held-out family whose misses were again used to generalise the cues.
DEV3 = Templates(
    captions=[
        "A protester holds a sign outside parliament in {place} {day}.", "{name} at a campaign event in {place}.",
        "Traffic backs up on the main road into {place} {day}.", "Boats moored in the bay at {place}.",
        "Volunteers hand out food in {place} {day}.", "{name} signs documents in {place} {day}.",
    ],
    credits=[
        "{caption} Photo: {name}", "{caption} (Credit: {agency})", "{caption} Photo/{agency}",
        "{caption} {name}/{agency} via Getty", "Photograph by {name}", "{caption} Courtesy {site}",
        "{caption} IMAGE: {agency}", "({agency} photo)", "{caption} — {agency}", "{caption} (File photo)",
        "Image by {name} from Pixabay",
    ],
    shares=[
        "Share story", "Share this:", "Tweet", "Email", "Facebook", "WhatsApp this", "Share on Telegram",
        "Send via WhatsApp", "Share to Facebook", "Share Via: Facebook Twitter Email", "Link copied!",
        "Give this article",
    ],
    prompts=[
        "Sign up now for our {freq} email.", "Subscribe today for unlimited digital access.",
        "Get breaking news alerts: download our free app.", "Like this story? Get more like it in your inbox.",
        "Already a subscriber? Log in.", "{site} Premium: try 30 days free.",
        "Our newsletter is free. Sign up below.", "Get {site} in your inbox every {freq}.",
        "Keep up with the latest news: follow us.", "Start your free trial today.",
    ],
    readmores=[
        "RELATED STORY: {H}", "Read: {h}", "Also see: {h}", "MORE NEWS: {h}", "Previously: {h}",
        "Related link: {h}", "More coverage: {h}", "SEE: {h}", "Opinion: {h}", "Must see: {h}",
        "Click here: {h}", "From the archive: {h}",
    ],
    headers=[
        "Related content", "More stories", "Popular now", "Recommended stories", "Latest headlines",
        "More news", "Read these next", "You might also be interested in", "Across the network",
        "Further reading", "Most viewed", "Top picks",
    ],
    openers=["Revealed:", "Watch:", "Exclusive:", "Live:"],
    closers=[" — Report", " (Video)", ", Sources Say", " Following Backlash"],
    cuts=["…", "...", " …", "… »", "..."],
)

# "dev4": written last in session 1 as the held-out family ("heldout"); in session 2 its misses
# (unlabelled photo credits, teaser lists under unknown headers) were studied to build the
# structural detectors, so it became a development family.
DEV4 = Templates(
    captions=[
        "Emergency crews respond to the fire in {place} {day}.", "{name} addresses supporters in {place}.",
        "Shoppers in a market in {place} {day}.", "The new bridge over the river in {place}.",
        "Students protest outside the university in {place} {day}.", "{name} during an interview in {place} {day}.",
    ],
    credits=[
        "{caption} (Image credit: {agency})", "{caption} Picture by {name}", "{caption} {agency}/{name}",
        "{caption} (Photo courtesy {name})", "Photo credit: {name}", "{caption} Photographer: {name}",
        "{caption} Photo: {agency}/File", "{caption} (Screenshot/YouTube)", "{caption} Image via {site}",
        "{caption} Credit: {name}/{site}", "{caption} (Supplied)",
    ],
    shares=[
        "Share", "Share This Article", "Share on LinkedIn", "Email this", "Share via WhatsApp",
        "Tweet this article", "Share the story", "Share to X", "Share with friends", "Facebook Messenger",
        "Copy URL", "Share on Reddit",
    ],
    prompts=[
        "Sign up for the {site} newsletter.", "Subscribe now and save 50%.",
        "Get unlimited access to {site}: subscribe today.",
        "Enjoying this article? Subscribe to support our reporting.", "Get the latest news sent to your inbox.",
        "Register now to continue reading.", "Sign in to read the full story.",
        "Want more? Join our mailing list.", "Download our app for breaking news notifications.",
        "Be the first to know: get our alerts.",
    ],
    readmores=[
        "Read more | {h}", "READ ALSO: {h}", "RELATED: {H}", "Also read | {h}", "More: {h}", "See: {h}",
        "WATCH: {h}", "Recommended reading: {h}", "In other news: {h}", "Related Story: {h}",
        "Trending: {h}", "Explore more: {h}",
    ],
    headers=[
        "More from {site}", "Related News", "Most Popular", "Recommended", "Trending", "More Headlines",
        "Read More", "Related Coverage", "Don't miss these stories", "Latest from {site}",
        "What others are reading", "Also read",
    ],
    openers=["Opinion:", "Analysis:", "Breaking news:", "In pictures:"],
    closers=[" — Latest Updates", " After Months of Talks", ": The Full Story", ", Data Shows"],
    cuts=["…", "...", "…", " [...]", " …"],
)

# "dev5": a probe written in session 2 with wordings none of the families above use (bare
# agency credits, "file photo", paywall counters, arrow-led links); tuned on.
DEV5 = Templates(
    captions=[
        "A woman walks past a mural in {place} {day}.", "{name} poses for a portrait in {place}.",
        "Smoke rises over the skyline of {place} {day}.", "Delegates listen to a speech in {place}.",
        "Children play in a flooded street in {place} {day}.", "{name} leaves the courthouse in {place} {day}.",
    ],
    credits=[
        "{caption} Foto: {agency}", "{caption} (Courtesy: {name})", "{caption} [Photo: {agency}]",
        "{caption} {name} | {site}", "{caption} Image source: {agency}", "{caption} — Photo: {name}",
        "{caption} Illustration: {site}", "{caption} (Handout via {agency})", "{caption} Credit {agency}",
        "Photos: {name}", "{caption} ({agency} pic)", "{caption} {agency} file photo", "{caption} {name}, {agency}",
    ],
    shares=[
        "Share this post", "Send to a friend", "Post on Facebook", "Share by email", "Pin this", "WhatsApp",
        "Save article", "Bookmark", "Print article", "Share on Bluesky", "Copy the link", "120 shares",
    ],
    prompts=[
        "Get our top stories each morning - it's free.", "Read unlimited articles for $1. Cancel anytime.",
        "You've read 3 of 5 free articles this month.", "Continue reading with a free account.",
        "Listen to our podcast on Spotify or Apple Podcasts.", "Support local news: donate today.",
        "Try {site} Digital free for 14 days.", "Your weekly guide to {place}: sign up.",
        "Stay in the know with our free daily briefing.", "Love the news? Get it every morning.",
    ],
    readmores=[
        "► {h}", "MORE: {H}", "Keep reading: {h}", "Read this next: {h}", "Also from {site}: {h}",
        "Related reading — {h}", "Go deeper: {h}", "See more: {h}", "Check out: {h}", "PREVIOUS: {h}",
        "Up next: {h}", "Background: {h}",
    ],
    headers=[
        "Up Next", "More to explore", "Keep reading", "Most shared", "Hot right now", "Readers also liked",
        "Spotlight", "Also on {site}", "Today's top reads", "Just in", "Picked for you", "Our picks",
    ],
    openers=["Watch Now:", "Exclusive Report:", "Just In:", "Fact Check:"],
    closers=[" — Video", " (Photos)", ", Police Say", " Amid Outcry"],
    cuts=["…", "...", "… more", " (…)", "…"],
)

# "dev6": a second session-2 probe: new credits and prompts, and snippets cut by an arrow, a
# "[+]" or nothing at all (a sentence that just stops); tuned on.
DEV6 = Templates(
    captions=[
        "Firefighters battle a blaze in {place} {day}.", "{name} (centre) speaks to reporters in {place}.",
        "A general view of the stadium in {place}.", "Rescue workers search the rubble in {place} {day}.",
        "{name} waves to the crowd in {place} {day}.", "The skyline of {place} seen from the harbour.",
    ],
    credits=[
        "{caption} Image: {name} for {site}", "{caption} Photography by {name}", "{caption} Photo © {name}",
        "{caption} - {agency}", "{caption} Pic: {agency}", "{caption} Credit: {site} archive",
        "{caption} (Picture: {name})", "{caption} {name} / {site}", "{caption} Photo provided by {name}",
        "{caption} (Photo/{name})", "{agency} photo by {name}", "{caption} {agency}",
    ],
    shares=[
        "Share this", "Facebook", "Twitter", "Share using Email", "Share on Pinterest", "Send by WhatsApp",
        "Tweet it", "Share to Threads", "Print", "Share on Flipboard", "Copy Link", "Comment",
    ],
    prompts=[
        "Get breaking news alerts on your phone.", "Sign up to receive our morning email.",
        "Read more stories like this: subscribe.", "For just $2 a week, get unlimited digital access.",
        "Become a member and enjoy an ad-free experience.", "Want to keep reading? Create a free account.",
        "Our journalism depends on you. Please subscribe.", "Don't miss out: get {site} delivered.",
        "Like this? You'll love our {freq} newsletter.", "Thanks for reading {site}. Subscribe to get more.",
    ],
    readmores=[
        "RELATED | {h}", "Read more >> {h}", "More on this: {h}", "ALSO: {h}", "Recommended: {h}",
        "Top story: {h}", "Related Topic: {h}", "See related: {h}", "▶ {h}", "MORE FROM THE SITE: {h}",
        "Related video: {h}", "Editor's pick: {h}",
    ],
    headers=[
        "Elsewhere on the site", "Next up", "Keep exploring", "Read on", "More reads", "Hand-picked",
        "Fresh stories", "Also trending", "Our top picks", "Catch up", "Worth your time", "Other news",
    ],
    openers=["Must Watch:", "BREAKING |", "Inside:", "Listen:"],
    closers=[" | Video", " — Analysis", " (Updated)", ", Experts Warn"],
    cuts=["", " →", " [+]", " »", "…"],
)
# "dev7": a third session-2 probe: credits before the caption or glued to it without a stop,
# icon-letter share bars, "→" link labels, "…»" cuts; tuned on.
DEV7 = Templates(
    captions=[
        "Crowds gather in the old town of {place} {day}", "{name} speaks at a forum in {place}",
        "Riot police stand guard in {place} {day}.", "A view of the flooded valley near {place}.",
        "Supporters of {name} rally in {place} {day}.", "Workers install solar panels on a roof in {place}.",
    ],
    credits=[
        "{caption} Photo: {agency}", "{caption} (JOHN SMITH/AFP via Getty Images)", "{agency}/{name}: {caption}",
        "{caption} Photographer: {name}/{site}", "{caption} | Photo: {name}", "{caption} {name}/{agency}/File",
        "{caption} (Image: {site})", "{caption}. Picture: {name}", "{caption} — MARIA LOPEZ/REUTERS",
        "© {agency} {caption}", "{caption} (Credit: {name}/{site})",
    ],
    shares=[
        "f Share | t Tweet", "Share 0", "Shares", "Share on Mastodon", "E-mail this story", "Share article via",
        "Twitter Facebook WhatsApp", "Copy link to clipboard", "Share this image", "Send", "Share to LinkedIn",
        "Print this article",
    ],
    prompts=[
        "Enjoying our coverage? Become a supporter today.", "Get the news that matters in your inbox.",
        "Unlock this story: subscribe for $4.99 a month.", "Already a member? Sign in here.",
        "Get our app for the latest news.", "Sign up for breaking news alerts from {site}.",
        "Join {count} readers who get our {freq} email.", "Support independent journalism in {place}.",
        "Don't have an account? Register for free.", "Subscribe to {site} today.",
    ],
    readmores=[
        "[READ: {h}]", "(See also: {h})", "READ MORE >> {H}", "Related Article: {h}", "More reading: {h}",
        "You may like: {h}", "Related story → {h}", "ALSO ON THE SITE: {h}", "Previously on {site}: {h}",
        "Click to read: {h}", "Latest news: {h}", "RECOMMENDED: {H}",
    ],
    headers=[
        "MORE STORIES YOU'LL LOVE", "Also Read", "Related Links", "More From This Section", "Recommended Stories",
        "Top Reads", "People Also Read", "More Top Stories", "Trending Articles", "More in {place}",
        "Most Recent", "Editor's Choice",
    ],
    openers=["5 Things:", "Live Updates:", "Photos:", "Breaking:"],
    closers=[" (VIDEO)", " | Report", ": Officials", " — Live"],
    cuts=["[…]", "…»", "… Read More »", " ...", "…"],
)
# "dev8": the last session-2 probe (bracketed and "for <site>" credits, short paywall and
# donation pitches, bare "→" links); its first run leaked 5.5% (text) and 1.5% (HTML), the
# best guess at what a new wording costs; then tuned on.
DEV8 = Templates(
    captions=[
        "Volunteers sort donated clothes in {place} {day}.", "{name} visits a hospital ward in {place}.",
        "Snow covers the streets of {place} {day}.", "A tram passes the cathedral in {place}.",
        "Farmers block a highway near {place} {day}.", "{name} arrives at the summit in {place} {day}.",
    ],
    credits=[
        "[Photo: {agency}] {caption}", "{caption} Source: {site}", "{caption} (Foto: {name})",
        "{caption} IMAGE COURTESY OF {agency}", "{caption} Credits: {name} / {agency}", "{caption} via {agency}",
        "{caption} {name} for {site}", "{caption} Getty Images/iStockphoto", "{caption} (Photo by {name} for {site})",
        "{caption} [{name}]", "{caption} Photo: Courtesy of {name}",
    ],
    shares=[
        "Share on WeChat", "Share via SMS", "Email a friend", "Save for later", "Reddit", "Share this video",
        "Tweet us", "Share this on Facebook", "LinkedIn", "Share the article", "Post", "WhatsApp us",
    ],
    prompts=[
        "Got a tip? Email us at tips@{domain}.", "Tired of ads? Go premium.", "Get 3 months for $1.",
        "Receive our headlines by text message.", "Make a contribution to support our work.",
        "Start your free trial now.", "Log in to keep reading.", "Download the {site} app today.",
        "Sign up - it's free.", "Listen to this article.",
    ],
    readmores=[
        "SEE: {h}", "Watch: {h}", "More >> {h}", "→ {h}", "Top read: {h}", "NOW READ: {H}", "In depth: {h}",
        "Explainer: {h}", "Read also | {h}", "Related coverage — {h}", "Next: {h}", "Popular: {h}",
    ],
    headers=[
        "Discover more", "More for you", "Around {site}", "Stories you might like", "Hot topics",
        "Read this next", "From our partners", "News in brief", "The latest", "Also in {place}",
        "Popular right now", "Don't miss",
    ],
    openers=["WATCH:", "Poll:", "Q&A:", "New:"],
    closers=[" - Photos", " Amid Probe", ": Sources", " [Video]"],
    cuts=["…", "... Continue reading", " (more)", "…", "..."],
)
# "dev9": the session-2 "blind" family, written by someone who never looked at the classifier
# (UK, US, Indian, Australian, wire and newsletter wordings); measured once at 9.9% leak (text)
# and 4.5% (HTML), then tuned on in session 3, so it is development data now.
DEV9 = Templates(
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
FAMILIES = (
    ("", DEV), ("_dev2", DEV2), ("_dev3", DEV3), ("_dev4", DEV4), ("_dev5", DEV5), ("_dev6", DEV6),
    ("_dev7", DEV7), ("_dev8", DEV8), ("_dev9", DEV9), ("_dev10", DEV10),
    ("_dev11", DEV11), ("_dev12", DEV12), ("_dev13", DEV13),
)
