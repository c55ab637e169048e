# ruff: noqa: E501  (phrase data: one template a line reads better than wrapped strings)
"""Chat line templates: [a|b] picks one alternative, {slot} is filled per conversation."""

EN_BENIGN = {
    # money owed between friends / siblings
    "mo_open": [
        "[u|you] still owe me {small} for [the tickets|the concert|pizza|the uber|the hoodie][ btw| lol|!]",
        "[oi|yo|hey] where's my {small}[??|?| lol]",
        "[when r u|when are you] paying me back[ for {thing}|][?|??]",
        "[reminder|just saying] [u|you] owe me {small}[ 🙄| lol|]",
    ],
    "mo_excuse": [
        "[i|I] [forgot|forgor] [lol|💀|sorry]",
        "[payday|pocket money] is [friday|next week][ i swear| promise|]",
        "[im|i'm] [broke|skint] rn[ 😭| lol|]",
        "[chill|relax] [i'll|ill] pay [u|you][ tomorrow| later|]",
    ],
    "mo_threat": [
        "pay me back or [i'll|ill] tell [mum|mom|dad][ lol| 😤|]",
        "[by|before] {dl} or [im|i'm] telling everyone [you're|ur] skint[ lol|]",
        "[i|I] [will|'ll] [tell|show] [mum|mom] [the chat|your texts] [if u dont|unless u] pay[ lol|]",
        "{dl} [or|otherwise] [i'm|im] [keeping|taking] your [charger|hoodie|switch] [lol|😂|]",
        "[you'll|u'll] regret it [if|when] [i|I] [tell mum|show dad][ lol|]",
    ],
    "mo_reply": [
        "[omg|oh my god] [fine|ok][ 🙄|]",
        "[snitch|grass][ lol| 😂]",
        "[ok ok|okay] [chill|calm down]",
        "[don't|dont] [tell mum|tell mom][ pls| 😭]",
    ],
    "mo_pay": [
        "[sent|done][.|] {small} [on|via] {p2p}[ happy?| 🙄|]",
        "[just|] [sent it|paid u] [on|thru] {p2p}",
        "[there|ok] {small}[, now leave me alone lol|]",
    ],
    "mo_ok": [
        "[ty|thanks|finally][ lol|!| ❤️]",
        "[pleasure doing business|was that so hard][ lol|]",
        "[👍|ok|cool]",
    ],
    "mo_split": [
        "[ok|so] [the airbnb|dinner|the cabin|petrol] was {big}, [thats|that's] {small} each[, send to my {p2p}|]",
        "[everyone|pls everyone] send me {small} [by|before] {dl}[ or ur not coming lol|]",
    ],
    # gift cards, game currency, skins
    "gc_offer": [
        "[selling|wts] {giftbrand} [card|code|gift card] {val} for {price}[ obo|, quick sale|]",
        "[anyone|who] [wanna|want to] [buy|trade] [robux|v-bucks|cs skins|a {giftbrand} code][?| dm me|]",
        "[got|have] a {val} {giftbrand} card [i dont need|i won't use][, {price}?|]",
        "[trading|swapping] my [knife skin|rare skin|account] for {giftbrand} codes",
    ],
    "gc_q": [
        "[is it|is the code] [legit|unused|region free][?|]",
        "[which|what] region[?|]",
        "[u got|you have] [proof|a screenshot|vouches][?|]",
        "[how do i know|what if] [ur|you're] not [scamming|a scammer][?|]",
    ],
    "gc_haggle": [
        "[can u|could you] do {price2}[?|]",
        "{price2} [final|and its a deal][?|]",
        "[too much|bit steep][, {price2}?|]",
    ],
    "gc_deal": [
        "[ok|fine|deal][.|] [send|pay] {price} [on|via] {p2p} first[ then i send the code|]",
        "[i|I] [send|give] [the code|it] [after|once] [i get|the] payment[ clears|]",
        "[use|lets use] a middleman[ from the server|]",
        "[deal|ok] [but|] [send|pay] [by|before] {dl} [or|otherwise] i sell it to someone else",
    ],
    "gc_code": [
        "[sent|code sent][,|] [check|see] [dms|ur dms]",
        "[paid|sent] {price}[, ur turn|]",
        "[here|there] [u go|you go]",
    ],
    "gc_warn": [
        "[if u|if you] scam me [i'll|ill] report [u|you] to [the mods|the server|everyone][ lol|]",
        "[i'll|ill] [post|put] [ur|your] [name|tag] in [scam-alerts|the scam channel] [if it doesnt work|if its used]",
    ],
    "gc_done": ["[worked|works][,|] [ty|thanks][ +rep|!]", "[legit|smooth][ 👍|]", "[ok|nice] [ty|cheers]"],
    # crypto talk
    "cr_line": [
        "[did u|you] see {coin} [today|this week][? up {pct}%|? down {pct}%]",
        "[i|I] [bought|aped into] [some|a bit of] {coin}[ lol|, prob dumb|]",
        "[what's|whats] [ur|your] wallet [address|addy][? ill send u the {small} i owe|]",
        "[sent|just sent] [u|you] {small} in {coin}[, check|]",
        "[never|don't] [send|give] [ur|your] seed phrase to anyone[ fr|]",
        "[my cousin|someone in my class] got [scammed|rugged] [on|by] [a fake giveaway|a discord bot][ lol|]",
        "[gas|fees] [are|is] [insane|so high] [rn|today]",
        "[hodl|just hold][ lol|]. [it'll|itll] [come back|recover]",
        "[heard|read] about [scammers|people] [demanding|asking for] bitcoin [from|to] [kids|teens][, scary|]",
        "[should i|do i] [use|get] [a hardware wallet|ledger|coinbase][?|]",
        "[lol|haha] [i|I] [lost|made] {small} [on|with] {coin} [today|this week]",
        "[which|what] [exchange|app] [do u|you] use[?|]",
    ],
    # banter
    "ba_line": [
        "[i'm|im] sending this pic to the group chat[ 😂| lol| 💀]",
        "[lmao|lol] [u|you] [look|looked] like a [potato|goblin|penguin] in [that|this] [pic|photo]",
        "[the one|that pic] of [u|you] [asleep on the bus|with the haircut|falling in the pool|in the dino costume][ 😂|]",
        "[delete|dont u dare post] [that|it][!!| 😭|]",
        "[you'll|u'll] regret [that|this][ lol| 😤]",
        "[pay me|give me] [a fiver|5 quid|5 bucks] [or|and] [it goes|it won't go] in the group chat[ 😂|]",
        "[too late|already sent][ lol|] 💀",
        "[ur|you're] [so dead|dead] [tomorrow|at school][ lol|]",
        "[bro|mate|dude] [stop|stoppp][ 😭|]",
        "[everyone|the whole chat] [is|are] [crying|dying][ 😂|]",
        "[ok|fine] [i'll|ill] [send|post] [the one of you|your baby pic] [too|back][ lol|]",
        "[revenge|payback] [is coming|incoming][ 😈|]",
        "[ur|you're] [such a|a] [clown|menace][ lol|]",
        "[haha|lol] [ok|fine] [truce|peace][?|]",
    ],
    # bullying (no demand)
    "bu_bully": [
        "[nobody|no one] [likes|wants] [you|u] [here|at school][.|]",
        "[everyone's|everyone is] gonna see [that pic|the video] of [you|u] [crying|falling over|in PE][.|]",
        "[i'm|im] [posting|putting] [it|that] [in|on] [the year group chat|my story][.|]",
        "[we all|everyone] [know|knows] what [you|u] did[.|] [i'm|im] telling [everyone|the whole year][.|]",
        "[you'll|u'll] regret [coming|showing up] tomorrow[.|]",
        "[just|] [leave|quit] [the team|school] [already|lol][.|]",
        "[ur|you're] [so|such a] [weird|loser|freak][ lol|][.|]",
        "[i'll|ill] [make sure|tell] everyone [knows|hears] [about it|the rumour][.|]",
        "[lol|haha] [look|check] [the chat|what everyone's saying]",
    ],
    "bu_target": [
        "[why|why are you] [doing this|like this][?|]",
        "[please|pls] [stop|just stop][.|]",
        "[delete it|take it down][ please| pls|!]",
        "[i|I] [never|didn't] [did anything|do anything] to [you|u]",
        "[leave me alone|go away][.|]",
        "[i'm|im] [telling|going to tell] [a teacher|my mum|sir][.|]",
    ],
    # safety lesson
    "sl_teacher": [
        "[ok|right] [everyone|year 9|class], [today|this morning] we're [talking|going to talk] about sextortion[.|]",
        "[offenders|scammers] often [pretend|pose] to be [someone your age|a teenager][.|]",
        "[they|these accounts] [move fast|move very fast] and ask to [switch|move] to [another app|snapchat|whatsapp][.|]",
        "[then|next] they might say '[i have the photo|i saved what you sent], [pay|send] {amt} in {chan} by {dl} or [i'll|I will] send it to all your followers'[.|]",
        "[remember|the key thing]: it's [not your fault|never your fault][.|] [tell|talk to] [an adult|someone you trust][.|]",
        "[don't|do not] pay[.|] [paying|if you pay] [usually|often] [leads to|means] more demands[.|]",
        "[screenshot|keep] [the messages|everything] and [report|block] the account[.|]",
        "[you can|you can also] use [Report Remove|Take It Down|a helpline][.|]",
        "[the nca|the fbi|police] [say|warn] it can [happen|go from first message to blackmail] in under an hour[.|]",
    ],
    "sl_student": [
        "[what if|but what if] they [say|say they'll] [send it to|tell] [your school|your family][?|]",
        "[sir|miss] [has this|does this] [happened|happen] to [people|anyone] [here|at our school][?|]",
        "[so|wait so] [don't|dont] pay [even if|if] they [threaten|say] [ruin your life|they'll expose you][?|]",
        "[that's|thats] [scary|messed up|so bad]",
        "[ok|okay|makes sense][ sir| miss|]",
    ],
    "sl_parent": [
        "[read|saw] [this|an article] about [boys|teens] being [blackmailed|scammed] [online|on snapchat][.|] [please|pls] read it",
        "[if|if anyone ever] [someone|] says '[pay me|send {amt}] or [i'll|I'll] send [the pics|it] to [your school|everyone]' [you|u] come straight to me[ ok?|.|]",
        "[you|u] [won't|will not] be in trouble[, i promise| ok|][.|]",
        "[ok|yes] [mum|mom|dad][ 🙄| i know| lol|]",
    ],
    # news story
    "ns_line": [
        "[did u|did you|have u] [see|seen] [that|the] [bbc|news|netflix] [thing|doc|story] about [the boy|the kid|teens] who got [blackmailed|sextorted][?|]",
        "[they|the scammer] [said|wrote] '[pay|send] {amt} or [i'll|i will] ruin your life' [apparently|in the article|]",
        "[it said|article says] they [demanded|wanted] {chan}[ within minutes| in like 20 minutes|][.|]",
        "[so|that's so] [sad|awful|messed up][.|]",
        "[the|they] [arrested|caught] [someone|a gang] [in|from] [another country|nigeria|abroad] [apparently|i think][.|]",
        "[the|the police] [said|say] [don't|dont] pay and [tell|talk to] someone[.|]",
        "[my mum|our school] sent [it|the article] [round|to everyone][ lol|]",
        "[they|it] [quoted|showed] [the messages|a message]: 'i have [your pictures|the photo], [your|ur] followers [will|are going to] see [it|them]'",
        "[idk|honestly] [how|why] people [fall for|fall for] [it|that][.|]",
        "[anyone|literally anyone] [could|can] [fall for it|get caught][ tbh|, they're pros|][.|]",
    ],
    # ordinary
    "or_cs": [
        "[hi|hello][,|] [my order|order #{order}] [hasn't|never] arrived",
        "[sorry|apologies] [about that|for the delay][.|] [can you|could you] confirm [your email|the postcode][?|]",
        "[we|we'll] [refund|send a refund of] {amt} [to your card|by bank transfer] [within|in] 3-5 days[.|]",
        "[ok|great|thanks][,|] [how long|when] [will it take|does it arrive][?|]",
        "[please|pls] [pay|send] the remaining {amt} [via|by] {p2p} [by|before] {dl} [to keep|or we cancel] the booking[.|]",
    ],
    "or_sell": [
        "[hi|hey][,|] is the [bike|ps5|jacket|sofa] still available[?|]",
        "[yes|yep][,|] {price}[ firm|, no offers|]",
        "[can|could] [you|u] do {price2}[?|]",
        "[ok|deal][,|] [send|pay] [on|via] {p2p} [and|then] [i'll|I'll] post [it|tomorrow][.|]",
        "[pics|photos] are in the listing[.|] [it's|its] in [great|good] condition",
        "[can we|could we] [move to|talk on] whatsapp[?| easier|]",
        "[collection|pickup] [only|is fine] [by|before] {dl}[.|]",
    ],
    "or_group": [
        "[everyone|guys] [send me|pay me] {small} for [the cabin|the minibus|the trip] by {dl}",
        "[who's|whos] [bringing|got] [snacks|the speaker|the tent][?|]",
        "[i'll|ill] [be|get there] [at|around] 7[ ish|]",
        "[sent|paid][ 👍|]",
        "[lol|haha] [who|which one of u] [took|sent] [that pic|that photo] of me[ 😂|]",
    ],
    "or_date": [
        "[had|really had] a [great|lovely|nice] time [tonight|last night][ :)|]",
        "[same|me too][!|] [drinks|dinner] [again|next week][?|]",
        "[add|here's] my [whatsapp|number][ :)|]",
        "[i'm|im] {aage} [btw|haha][,|] [work|working] in [marketing|nursing|IT]",
        "[friday|saturday] [works|is good] for me",
        "[i'll|ill] [book|get] [the table|tickets][, you can get the next one|]",
    ],
}

EN_BENIGN_MORE = {
    "cr_line": [
        "[my|our] [uncle|teacher] [says|said] crypto is a [scam|casino][ lol|]",
        "[lost|forgot] my [password|2fa] [again|lol][, nightmare|]",
        "[someone|a random] [dm'd|messaged] me [saying|offering] [to double my btc|free eth][ lol|, blocked]",
        "[did|have] [u|you] [ever|] [tried|used] [revolut|coinbase|kraken] for [it|crypto][?|]",
        "[send|paying] [u|you] back in [usdt|btc] [ok|fine][?|]",
        "[etf|halving] [news|hype] [is|was] [wild|crazy] [this week|today]",
        "[i|I] [just|] [use|do] [dca|small buys] [every|each] [week|payday][ lol|]",
        "[bro|mate] [stop|don't] [checking|check] the chart [every|each] [5 min|minute][ 😂|]",
    ],
    "ba_line": [
        "[the|that] [video|clip] of [you|u] [dancing|singing] [at the party|in maths] [is|was] [iconic|legendary][ 😂|]",
        "[i|I] [have|got] [receipts|screenshots][ lol|] [don't|dont] [test|tempt] me",
        "[bet|wanna bet] [u|you] [won't|wont] [do it|say that] [tomorrow|to her face][ lol|]",
        "[ur|your] [hair|fit] [today|yesterday] [tho|though][ 💀|]",
        "[i'm|im] [telling|gonna tell] [ur|your] mum [u|you] [ate|took] the last [cookie|slice][ 😂|]",
        "[group chat|gc] [is|was] [going crazy|unhinged] [rn|last night][ lol|]",
    ],
    "ns_line": [
        "[our|the] [school|head] [did|had] an assembly about [it|sextortion] [today|this morning][.|]",
        "[the|that] [podcast|documentary] said [most|90%] [are|of them are] boys [14 to 17|our age][.|]",
        "[they|the police] said [paying|if you pay] [doesn't|dont] [stop|end] it[, they just ask again|][.|]",
        "[apparently|it said] [the|they] [send|make] a [fake|made-up] [news article|headline] [to scare you|as a threat][.|]",
        "[there's|theres] [a|that] [helpline|website] [for it|to take stuff down][, take it down or something|][.|]",
    ],
    "bu_bully": [
        "[saw|see] [you|u] [eating alone|crying] again[ lol|][.|]",
        "[we|everyone] [made|has] a [group chat|gc] [about|without] you[ lol|][.|]",
        "[don't|dont] [even|] [bother|try] [sitting with us|coming to the party][.|]",
        "[i'll|ill] [send|forward] [that|your] [message|voice note] to [everyone|the whole year][.|]",
    ],
    "or_cs": [
        "[your|the] [parcel|order] [is|was] [held|stuck] at customs[.|] [please|pls] pay {small} [duty|fees] [online|on our site][.|]",
        "[can i|could i] [change|update] [my|the] [delivery address|card details][?|]",
        "[thank you|thanks] for [waiting|your patience][.|] [a|your] [replacement|refund] [is on its way|has been issued][.|]",
    ],
    "or_group": [
        "[the|our] [booking|airbnb] [gets|is] cancelled [if|unless] [we|everyone] [pay|pays] [by|before] {dl}[ so pls|]",
        "[who|which one of u] [still|hasnt] [paid|sent it][?| 👀]",
        "[pls|please] [send|post] [the|your] [pics|photos] from [last night|the trip] [to the group|here][ lol|]",
    ],
}
for _key, _lines in EN_BENIGN_MORE.items():
    EN_BENIGN[_key] = EN_BENIGN[_key] + _lines
