#!/usr/bin/env python3
"""Synthetic chat conversations for blind evaluation of a financial-sextortion detector (writer_a).

Written from evaluation/specs/sextortion.md alone.  Standard library only, deterministic from --seed.

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Content safety: everything is synthetic and non-explicit.  The leverage is only ever "the photo",
"the pics", "what you sent"; threats and demands are plain words; despair is plain words, never
methods.  The grammar below is a set of slot-filled templates: one line per alternative, {slot}
refers to another symbol of the same language table or to a value fixed for the conversation.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from datetime import datetime, timedelta, timezone
from typing import Any


def L(block: str) -> list[str]:
    """One alternative per non-empty line."""
    return [line.strip() for line in block.strip().splitlines() if line.strip()]


# ----------------------------------------------------------------------------------------------
# English grammar
# ----------------------------------------------------------------------------------------------
EN: dict[str, list[str]] = {
    # ---- shared small pieces ----
    "hey": L("""
        hey
        hey
        hi
        heyy
        heyyy
        hii
        yo
        hello
        hey there
        sup
        wyd
        hiya
    """),
    "lol": L("""
        lol
        lmao
        haha
        hahaha
        😂
        💀
        lool
        xd
        😭
        ahah
    """),
    "okw": L("""
        ok
        okay
        k
        kk
        alright
        sure
        yeah
        ye
        fine
        okk
        bet
        cool
    """),
    "emo_happy": L("""
        😊
        🙂
        😁
        😄
        ❤️
        🙌
        👍
        ✌️
        🔥
    """),
    "emo_sad": L("""
        😢
        😭
        😞
        🙏
        😰
        😣
        💔
    """),
    "rel": L("""
        mum
        mom
        dad
        sister
        brother
        nan
        grandma
        aunt
        uncle
        cousins
        stepdad
    """),
    "audience_core": L("""
        all your followers
        every one of your followers
        your followers
        your mum
        your mom
        your dad
        your whole family
        your family group chat
        your school
        everyone at {school}
        your teachers
        your {team} team
        your coach
        your friends
        all your friends on {app}
        your {rel}
        your girlfriend
        your church
        your whole class
        everyone in your contacts
        your {rel} and your {rel}
        every kid at {school}
        your principal
        all your mutuals
    """),
    "audience": L("""
        {audience_core}
        {audience_core}
        {audience_core}
        {audience_core} and {audience_core}
        {audience_core}, {audience_core} and {audience_core}
        {audience_core}. everyone
    """),
    "deadline": L("""
        in 10 minutes
        in 15 minutes
        in 20 min
        in 30 mins
        in half an hour
        in 1 hour
        within the hour
        by {clock}
        before {clock}
        before midnight
        by tonight
        right now
        in the next 20 minutes
        you have 15 min
        you have 30 minutes
        you got 1 hour
        asap
        before you go to sleep
    """),
    "deadline_slow": L("""
        by tomorrow morning
        before school tomorrow
        by {clock} tomorrow
        by the end of today
        by tonight
        before midnight
        within 24 hours
        by friday
        by {clock}
    """),
    "clock": L("""
        9pm
        10pm
        8pm
        11pm
        10:30
        9:15
        11
        midnight
        7pm
        half 9
    """),
    # ---- composite forms (each multiplies the surface forms of its function) ----
    "th_lead": L("""
        listen.
        ok so
        now
        understand this:
        last thing,
        simple.
        {tname}
        you know what happens now.
        ok
        alright
    """),
    "th_core": L("""
        i'm sending it to {audience}
        {audience} will get it
        it goes to {audience}
        {audience} gets everything
        i'll post it where {audience} can see
        i tag {audience}
        i dm it to {audience}
        i'm making a group with {audience}
        i'll share it with {audience}
        {audience} is next
        i post it on your page for {audience}
    """),
    "th_tail": L("""
        tonight
        one by one
        and you can't stop it
        every single one
        with your name on it
        first thing tomorrow
        and i won't stop there
        right now
    """),
    "dm_lead": L("""
        ok.
        listen
        here's the deal:
        simple.
        last chance.
        if you want this gone
        you want it deleted?
        do this:
    """),
    "dm_verb": L("""
        send
        pay
        i want
        you'll send me
        get me
        transfer
        i need
    """),
    "dm_tail": L("""
        or it goes out
        or everyone sees it
        and i delete it
        and we're done
        no excuses
        not a minute later
        or i start sending
        and nobody sees anything
    """),
    "tp_lead": L("""
        please
        omg
        wait
        no
        please please
        i'm begging you
        oh my god
        {oname} please
    """),
    "tp_core": L("""
        don't send it
        don't do this
        delete it
        i'll get in so much trouble
        my {rel} can't see that
        i can't breathe
        i didn't think you'd do this
        not my {rel}
        i'm so scared
        i thought we were friends
    """),
    "tp_tail": L("""
        please
        i'm begging
        i'll do anything
        i swear
        pls
        i'm so sorry
    """),
    "qd_lead": L("""
        tell you what,
        easy fix:
        thing is,
        here's how this goes:
        honestly,
        simple really,
    """),
    "qd_core": L("""
        {amt} and it stays with me
        {amt} and we both move on
        {amt} and i lose interest
        {amt} keeps it quiet
        {amt} {pay_how} and it's like it never happened
        a bit of help, {amt}, and that's the end of it
        {amt} and no one's the wiser
    """),
    "ps_lead": L("""
        btw
        just so you know
        guess what
        ok so
        {tname}
        lol
        haha
        listen
    """),
    "ps_core": L("""
        i saved it
        i screenshotted it
        i have the pics
        i recorded the call
        i kept everything you sent
        i have your pictures now
        i got it all saved
        it's all on my phone now
        i screen recorded the whole thing
        i have copies of everything
    """),
    "ps_tail": L("""
        every single one
        all of it
        before you could delete it
        and the video call too
        on two phones
        and in my cloud
    """),
    "qp_lead": L("""
        btw
        just so you know
        funny thing,
        fyi
        oh and
        by the way
    """),
    "qp_core": L("""
        i kept a copy
        that's still on my phone
        i didn't delete anything
        i still have earlier
        i've got the thing you sent
        what you sent is safe with me. for now
        nothing got deleted on my side
    """),
    "qq_lead": L("""
        look,
        honestly
        no rush but
        just saying,
        between us,
    """),
    "qq_core": L("""
        i'd sort it soon
        the sooner the better
        i don't like waiting
        people get curious
        i'm not going anywhere
        you've got a bit of time. not much
        i'd hate to get bored
    """),
    "tb_lead": L("""
        ok
        please
        wait
        ok ok
        listen
        i swear
    """),
    "tb_core": L("""
        i can get {low} tonight
        can i pay {low} now
        i only have {low} in my account
        i can ask my {rel} for {low}
        i'll get the rest tomorrow
        can it be less
        i can do {low} on {papp}
        give me till the weekend
        i need a bit more time
        i'll find a way just give me an hour
    """),
    "pr_lead": L("""
        {n_min} min.
        tick tock.
        hurry.
        {tname}.
        last time.
    """),
    "pr_core": L("""
        i'm watching your followers list
        the group is ready
        my finger is on send
        i'm not asking again
        don't make me do it
        you're wasting time
        i'm counting down
        {audience} is waiting
    """),
    "mp_lead": L("""
        seriously
        bro
        oi
        listen
        ok
        right
    """),
    "mp_threat": L("""
        i'm telling mum
        i'm telling dad
        i'm telling everyone you're skint
        no more lifts
        i'm keeping your hoodie
        you're not coming to {place}
        i'm posting it in the group chat lol
        you'll regret it
        i'm selling your ticket
        i'm telling {friend}
    """),
    "mp_core": L("""
        pay me by {day} or {mp_threat}
        {bsmall} by {clock} or {mp_threat}
        i need the {bamt} by {day} or {mp_threat}
        {bamt}. {day}. or {mp_threat}
        send it on {papp} by tonight or {mp_threat}
        pay up or {mp_threat}
    """),
    "bp_what": L("""
        asleep on the bus
        falling off the skateboard
        with the bad haircut
        singing in the car
        in that hat
        eating 5 burgers
        at the school disco
        dressed as a banana
        losing at {game}
        crying at the movie
        with ketchup on your face
        doing the robot at {place}
    """),
    "bp_lead": L("""
        lmaooo
        bro
        omg
        wait
        ngl
        sorry not sorry
    """),
    "bp_core": L("""
        this pic of you {bp_what} is going in the group chat
        im sending the pic of you {bp_what} to everyone
        the video of you {bp_what} is going on my story
        everyone needs to see you {bp_what}
        your mum needs to see this one of you {bp_what}
        the team chat is getting the pic of you {bp_what}
    """),
    "ba_lead": L("""
        lol
        honestly
        everyone knows
        just so u know
        face it
    """),
    "ba_core": L("""
        i'm posting that pic of you {bp_what} everywhere
        everyone at {school} will see the pic of you {bp_what}
        nobody at {school} likes you
        i'll make sure everyone sees it
        you'll regret coming tomorrow
        i'm spreading what you said to the whole year
        even {friend} thinks you're pathetic
        the whole class is laughing at you
    """),
    "ql_lead": L("""
        funny,
        just noticed
        random thought,
        so
        hm
    """),
    "ql_core": L("""
        your {frel} follows you. she comments a lot
        {school}'s page has a lot of followers
        your coach is in your followers right?
        the {team} group chat must be busy
        your {frel}'s profile is public btw
        {friend} would be interested i think
        your whole family is on here huh
    """),
    "xf_lead": L("""
        look
        btw
        [screenshot]
        see
    """),
    "xf_core": L("""
        i have your followers list
        i know your {rel}, your school, everything
        i found your {rel} and your {rel}
        i've got every account that follows you
        i know {friend} and {friend2}
        i know you go to {school}
        your {rel} follows you. found them
    """),
    "nl_lead": L("""
        apparently
        the article says
        omg
        they said on the news
        my mum said
    """),
    "nl_core": L("""
        they told him 'pay {amt} or your family sees it'
        he had {deadline_bare} to pay
        it was a fake account pretending to be a girl
        they sent it to his followers anyway
        they asked for {gc} cards
        his parents are campaigning now
        the police traced it to another country
        he paid and they asked for {amt} more
        they said 'i have screenshots of all your followers'
    """),
    # ---- offender: first contact ----
    "x_open": L("""
        {hey}
        {hey} 😊
        {hey} how are u
        {hey} u go to {school}?
        {hey} we have mutuals i think
        {hey} saw u on my suggested
        {hey} i think i know u from somewhere
        {hey} ur friends with {friend} right?
        {hey} i just moved to {city}, dont know anyone yet
        {hey} saw ur {sport} video, ur good
        {hey} i like ur posts
        {hey} you seem cool
        {hey} wanna be friends?
        {hey} is this {tname}?
        {hey} sorry random but u look familiar
        {hey} new here, ur account popped up
        {hey} {tname} right? {friend} told me about u
        {hey} ur cute lol
        {hey} how old r u
        {hey} whats up
        {hey} u play {game}?
        {hey} i saw u liked my story
        {hey} ur profile is so nice
        {hey} can we be friends? 🙂
        {hey} i'm {oname}, {oage} from {ocity}
    """),
    "x_open_friend": L("""
        {hey} its {fname}, this is my new account
        yo its me {fname}, lost my old acc
        {hey} its {fname} my other acc got hacked lol
        {tname}! its {fname}, follow this one, old one is dead
        {hey} this is {fname}, new acc cuz i forgot my password
    """),
    "t_greet": L("""
        {hey}
        {hey} who is this
        {hey} do i know u?
        {hey} whats up
        hi 🙂
        uh hey
        yeah its me
        oh hey
        {hey} yeah i go there
        yeah hes my friend
        lol thanks
        hey lol
        hey u new?
        {hey} how do u know me
        ye i play
        ok hi
        {hey} thx
        hey why new acc?
    """),
    # small talk as offender question || target answer pairs
    "pair_smalltalk": L("""
        how old r u? || {tage} u?
        how old are you || {tage}. you?
        wyd rn || nothing just chilling || same lol
        what r u up to || homework 😩 || ugh same
        u play any sports? || {sport} || thats cool i used to play too
        where u from? || {city} || no way my cousin lives there
        what school u go to || {school} || oh nice
        u got snap? || ye || cool
        what u doing this weekend || prob {sport} and sleep lol || sounds good
        u play {game}? || sometimes || we should play
        whats ur fav music || mostly rap || same!! 🔥
        u have siblings? || a {sib_word} || cute
        r u single? || lol why || just asking 🙂
        u seem nice || thanks lol || for real
        how was school || boring || lol same
        do u like {team}? || ye obviously || lets go
        i'm {oage} btw || oh cool || yeah
        ur so funny || lol thanks || 😂
        what grade r u in || {grade} || me too
        u awake? || ye cant sleep || same
        did u do the {subject} homework || no lol || same
        i'm new to {city} || oh nice whereabouts || near the park
        ur tall in ur pics || lol i guess || i like that
        u on {app} a lot? || kinda || me too
    """),
    "x_react": L("""
        {lol}
        nice
        cool
        same
        ahh ok
        oh fr?
        thats cool
        ur funny
        😊
        ok ok
        nice nice
        sweet
        love that
        omg same
    """),
    "x_compliment": L("""
        you seem cool
        ur cute lol
        you're cute lol
        ur really nice to talk to
        ur different from other boys
        i like talking to u
        ur funny i like that
        ur kinda cute ngl
        u seem chill
        i'm glad i messaged u
    """),
    "t_compliment_reply": L("""
        lol thanks
        thx u too
        haha ty
        {lol} ok
        u too
        stop 😳
        lol
        wait really?
        thanks 😊
        aw thx
    """),
    "x_move_app": L("""
        this app is so glitchy, add me on {app2}
        lets talk on {app2}, i barely use this
        u have {app2}? its easier there
        add my {app2} {ohandle}
        my {app} is being weird, go to {app2}
        can we move to {app2}? more private lol
        i dont check this, {app2} is better
        text me on {app2}
        download {app2} so we can talk
        my parents check this one, add me on {app2}
    """),
    "t_move_ok": L("""
        {okw}
        ok added
        ok whats ur @
        {okw} one sec
        just added u
        ok i got it
        sure
        done
        ok
    """),
    "x_ask_pic": L("""
        send me a pic
        send a pic 🙂
        ur turn
        your turn
        i sent mine, your turn
        send me a pic of u
        send one back
        send me something
        show me a pic then
        send a pic, i wanna see u
    """),
    "x_insist": L("""
        come on
        pleaseee
        its fine no one will see
        i did it so ur turn
        dont be shy
        its only fair
        its just me
        cmon i showed u
        ill delete it after
        trust me
    """),
    "t_hesitate": L("""
        idk
        umm
        idk about that
        why
        lol no
        idk if i should
        maybe
        u first
        hmm
        idk
        uh
    """),
    "t_sent": L("""
        ok
        ok there
        sent
        there
        ok done
        ok ur turn
        ok dont show anyone
        there u go
        done
        k
    """),
    # ---- offender: the turn (onset) ----
    "x_possession": L("""
        i screenshotted everything
        i saved it
        i have what you sent
        i got screenshots of it
        look what i have now
        i recorded the whole video call
        i have the pics
        i have your pictures
        i screen recorded everything
        i saved the photo you sent
        you know i have the pics right
        i have what you sent and i kept it
        now listen carefully. i have your pictures
        i have it all saved
        i have the video call recorded
        {ps_lead} {ps_core}
        {ps_lead} {ps_core} {ps_tail}
        {ps_core} {ps_tail}
        {ps_lead} {ps_core}
    """),
    "x_followers": L("""
        i have screenshots of all your followers
        i got your followers list. your {rel} is on it
        i know your school {school}, your {rel}, your friends
        i screenshotted your followers and your following
        i have a list of your friends and family
        i found your {rel} on facebook
        i know all your friends. {friend}, {friend2}, everyone
        i got your contacts
        i know where you go to school
        i have your family on my list
        look, this is your followers list [screenshot]
        [screenshot] thats your {rel} right?
        {xf_lead} {xf_core}
        {xf_core}
        {xf_lead} {xf_core}
    """),
    "x_threat": L("""
        i will send it to {audience}
        i am going to send it to {audience}
        im sending it to {audience}
        if you dont do what i say i send it to {audience}
        i'll post it and tag {audience}
        i will expose you to {audience}
        i'll make it go viral
        i'll send it to {audience} unless you cooperate
        everyone will see it. {audience}
        i will ruin your life
        i will ruin your life. {audience} will see it
        i'll post it on every page in {city}
        i will make a fake news article with your name and send it to {audience}
        you'll be famous at {school} tomorrow
        one click and {audience} gets it
        i have a group chat ready with {audience}
        your life is over
        i'll make sure {audience} sees it
        i will share it everywhere
        i'm going to expose you
        {th_lead} {th_core}
        {th_lead} {th_core} {th_tail}
        {th_core} {th_tail}
        {th_core}
        {th_lead} {th_core}
    """),
    "x_demand": L("""
        pay {amt} {pay_how} {deadline}
        send {amt} {pay_how} {deadline} or i send it
        i want {amt} {pay_how}. you have {deadline_bare}
        {amt} {pay_how} {deadline} and i delete everything
        if you want me to delete it pay {amt} {pay_how} {deadline}
        you're going to pay me {amt} {pay_how} {deadline}
        i need {amt} {pay_how} {deadline}
        {amt}. {pay_how}. {deadline}
        send me {amt} {pay_how} {deadline} or everyone sees it
        pay {amt} {pay_how} {deadline} or i will ruin your life
        you pay {amt} {pay_how} or i post it {deadline}
        {amt} {pay_how}, {deadline}, or it goes out
        ok. {amt} {pay_how}. {deadline}. dont test me
        {dm_lead} {dm_verb} {amt} {pay_how} {deadline} {dm_tail}
        {dm_lead} {dm_verb} {amt} {pay_how} {deadline}
        {dm_verb} {amt} {pay_how} {deadline} {dm_tail}
        {dm_lead} {amt} {pay_how}, {deadline}, {dm_tail}
        {dm_verb} {amt} {pay_how} {deadline}
    """),
    "deadline_bare": L("""
        10 minutes
        15 minutes
        20 min
        30 minutes
        1 hour
        half an hour
        2 hours
    """),
    "x_pressure": L("""
        tick tock
        {n_min} minutes left
        clock is ticking
        im not playing
        i'm serious
        you think this is a joke?
        i will ruin your life
        i'll ruin your life, i swear
        your life will be over
        hurry up
        im waiting
        answer me
        dont waste my time
        im about to send it
        i have the group ready
        i'm counting
        {n_min} min
        last warning
        fast
        you have {n_min} minutes
        i will send it right now
        think about your {rel}
        do it now
        {pr_lead} {pr_core}
        {pr_core}
    """),
    "n_min": L("""
        5
        10
        15
        3
        2
        7
        20
    """),
    "x_instructions": L("""
        go to any store and buy a {gc} card. scratch the back and send me a photo of the code
        {gc} cards. {amt}. send the codes here
        my {papp} is {tag}
        send to {tag}
        here is the wallet {wallet}
        ask your {rel} for their card if you have to
        walmart, target, 7-eleven, they all have {gc} cards
        send the {gc} codes in this chat, not a picture of the receipt
        use your {rel}'s {papp}, i dont care
        bank transfer to this account {acct}, reference anything
        you can buy {coin} at the atm at the gas station
    """),
    "x_counter_plead": L("""
        not my problem
        you should have thought about that before
        i dont care how old you are
        then get it
        ask your {rel}
        crying wont help you
        then your life is over
        find the money
        stop crying and pay
        i dont care. {amt}
        sell something
        borrow it from {friend}
    """),
    "x_counter_bargain": L("""
        ok send {low} now and the rest tomorrow
        no. {amt} or nothing
        fine, {low} but in 5 minutes
        {low} now and {low2} tonight
        no less than {amt}
        send what you have now. the rest later
        ok {low}. now. go
        you have {deadline_bare}. {amt}
        i dont want excuses i want {amt}
    """),
    "x_counter_refuse": L("""
        ok watch
        ok i'm sending it to your {rel} first
        you think i'm joking?
        sent to 3 of your followers already. want more?
        fine. {friend} is first
        ok your choice
        you'll regret this
        look [screenshot] this is the group chat with your followers
        i already started. pay and i stop
        last chance before i press send
    """),
    "x_counter_report": L("""
        police cant do anything, i'm not in your country
        go ahead. it'll be everywhere before they reply
        report me and i post it instantly
        tell your parents and i send it to them first
        you think i care?
        i have 10 accounts, blocking wont help
        if you block me it goes out
        nobody can stop me
    """),
    "x_nudge": L("""
        hello??
        answer me
        i see you read it
        i know you are reading this
        hello
        ???
        dont ignore me
        last chance
        you have {n_min} minutes left
        ok i'm starting with your {rel}
        ignoring me wont make it go away
        i see you online
    """),
    "x_false_delete": L("""
        ok i deleted it
        deleted. good boy
        ok we are done
        received. deleted
        ok its deleted, dont worry
        good. deleted
    """),
    "x_more": L("""
        got it. but i need {amt2} more
        thats not enough. {amt2} more {pay_how}
        one more payment and i delete it. {amt2} {deadline}
        my partner wants {amt2} now
        i said {amt2}. pay the rest {deadline}
        ok now {amt2} and its over, i promise
        i lied, its {amt2} now
        i changed my mind. {amt2} {deadline}
        thanks. now {amt2} more or i still send it
        one last thing. {amt2} {pay_how}
    """),
    "x_hack_claim": L("""
        i hacked your account
        i have access to your {app}
        i hacked your phone through that link you clicked
        i have your password and all your messages
        i got into your icloud
        i have everything from your gallery
        i hacked your camera
        i have access to your phone and your camera
        i have all your dms and pictures
        your account belongs to me now
        i logged into your {app} and saved everything
        i have your whole camera roll
    """),
    "x_ai_claim": L("""
        i made a picture of you with AI. nobody will know its fake
        i edited your profile pic, it looks real
        look what i made with your face
        i used AI on your photos, it looks 100% real
        i have an edited picture of you, everyone will believe it
        i put your face on a picture, people will think its you
    """),
    "x_proof": L("""
        your password starts with {pw}
        you messaged {friend} at {clock} yesterday
        your {frel} is called {mum} right? see
        [screenshot] recognise this?
        [screenshot] your gallery
        you go to {school}, i know everything
        your last login was from {city}
        your email is {tname}{num}@gmail.com
    """),
    "t_disbelief": L("""
        thats fake
        prove it
        how did you get my password
        thats not even me
        no you didnt
        ur lying
        what how
        thats not real
        who is this
        how do you know that
        i never sent anything
        thats edited
    """),
    "payhow_gift_card": L("""
        in {gc} gift cards
        in {gc} cards
        in gift cards, {gc}
        with {gc} cards
        in {gc}
        in {gc} gift card codes
    """),
    "payhow_payment_app": L("""
        on {papp}
        to my {papp} {tag}
        by {papp}
        to {tag} on {papp}
        through {papp}
        on {papp}, {tag}
    """),
    "payhow_crypto": L("""
        in bitcoin to {wallet}
        in {coin}
        in crypto to {wallet}
        in usdt
        in {coin} to this wallet {wallet}
    """),
    "payhow_bank_transfer": L("""
        by bank transfer to {acct}
        to this account {acct}
        by bank transfer
        by wire to {acct}
    """),
    "payhow_other": L("""
        by western union
        through moneygram
        by remitly
        by worldremit
        through western union to the name i give you
    """),
    # ---- target reactions ----
    "t_what": L("""
        what
        wtf?
        what do you mean
        ??
        what r u talking about
        wait what
        huh
        are u serious
        is this a joke
        what the hell
        who are you
        WHAT
        no
        why are you saying that
    """),
    "t_panic": L("""
        please dont
        omg no
        please please dont send it
        im shaking
        why are you doing this
        i thought you were real
        NO PLEASE
        pls dont do this
        please delete it
        omg please
        dont send it to anyone please
        i'm freaking out
        why me
        i trusted you
        please i'm begging
        oh my god
        no no no
        please stop
        {tp_lead} {tp_core}
        {tp_lead} {tp_core} {tp_tail}
        {tp_core} {tp_tail}
        {tp_lead} {tp_core}
    """),
    "t_plead": L("""
        i dont have any money
        im only {tage} i dont have a job
        please i'll do anything just delete it
        my parents will kill me
        please im begging you
        i dont have that much
        i dont have a card
        where am i supposed to get that
        i have like 20 dollars
        i cant get that much
        my mom checks my bank
        please im just a kid
        i swear i have nothing
        i cant get gift cards its late
    """),
    "t_bargain": L("""
        i only have {low}
        can i send {low} now and the rest tomorrow
        i can get {low} from my birthday money
        i dont have a card, can i do it another way
        is {low} ok
        how about {low}
        i can do {low} thats all
        give me till tomorrow please
        i need more time
        i can get it friday
        if i pay will you delete it?
        promise you'll delete it?
        ok ok how do i pay
        what card
        how do i send it
        i dont know how to buy that
        {tb_lead} {tb_core}
        {tb_core}
        {tb_lead} {tb_core}
    """),
    "t_refuse": L("""
        no
        im not paying you
        do it then
        i dont care
        youre bluffing
        no way
        im not sending anything
        leave me alone
        go away
        stop messaging me
        no. never
        you wont do it
    """),
    "t_report": L("""
        im reporting you
        im telling the police
        im going to tell my parents
        ive screenshotted everything
        im reporting ur account
        my dad is going to call the police
        im telling my teacher
        im blocking you
        i told my mum
        ill report this to {app}
    """),
    "t_crisis": L("""
        i cant do this anymore
        i want to disappear
        id rather be dead than have my {rel} see that
        i dont want to be here anymore
        everything is ruined i cant live with this
        i just want it all to stop
        i cant take this
        i wish i was never born
        my life is over anyway
        i cant face anyone ever again
        theres no point anymore
        i want to die
        i'd rather not be alive
        i dont see a way out of this
        nobody would miss me
    """),
    "t_paid": L("""
        ok i sent it
        i sent {low} thats all i had
        done. now delete it
        i sent the code
        ok i paid
        i did it. please delete it now
        sent. are we done?
        i scratched the card and sent it
        paid. please
        ok its sent check
    """),
    "t_betrayed": L("""
        you said youd delete it
        i already paid you
        you promised
        i dont have any more
        thats all my money
        why are you doing this again
        please i paid already
        that wasnt the deal
        i cant pay again
    """),
    "t_end": L("""
        blocked
        leave me alone
        im done
        im telling my dad now
        ...
        ok
        please
        stop
    """),
    # ---- slow chat (days before the turn) ----
    "pair_day": L("""
        morning || morning 😴 || sleep well?
        how was school today || long. {subject} test || u did fine im sure
        u win ur game? || yeah 3-1 || lets gooo
        what u doing tonight || gaming probably || nice what game || {game}
        i cant sleep || me neither || lol we should talk then
        did u eat || ye pizza || jealous
        my day was so bad || why what happened || just stuff at home
        u free later? || maybe after practice || ok text me
        gm || gm || u up early
        i told my friend about u lol || lol what did u say || that ur nice
        whats ur fav {game} character || idk probably the new one || same
        its so hot today || ikr || ugh
        i miss talking to u || lol it was like a day || still
        u have exams soon? || next week 😩 || u got this
        wanna call later? || maybe || ok
        u watching the game? || yeah {team} are losing || noooo
        my mom is annoying today || lol mine too || 😂
        send me ur fav song || ok one sec || 🔥 good one
    """),
    # ---- quiet sextortion: same functions, no stock phrases ----
    "xq_possession": L("""
        still got what you sent btw
        i kept a copy, just so you know
        funny how things you send stay around
        you know what i've got
        saved that earlier. just saying
        that call was memorable. i kept it
        nothing disappears online you know
        i still have the thing from earlier
        i have a copy of yesterday
        bet you forgot i kept that
        {qp_lead} {qp_core}
        {qp_core}
        {qp_lead} {qp_core}
    """),
    "xq_leverage": L("""
        would be a shame if your {frel}'s facebook saw this
        your coach follows you right?
        {school} has a big group chat i heard
        your {rel} has {app} right? {sib}
        lots of family in your followers i see
        imagine the {team} boys seeing it
        your {frel} comments on all your posts, cute
        i wonder what {friend} would think
        {mum} is your {frel}? she seems nice
        you've got like 400 followers. lot of people
        your school page has a lot of followers
        how would your {frel} feel getting that in her messages
        be a pity if that turned up at {school} tomorrow
        nice family photo on your page
        {ql_lead} {ql_core}
        {ql_core}
    """),
    "xq_demand": L("""
        sort me out with {amt} and we're good
        grab me some {gc} cards, {amt} worth, and we forget about it
        {amt} and this goes away
        you know what i need. {amt}
        send {amt} to the {papp} and we're square
        {amt} {pay_how} and i'll forget i have it
        a little help, {amt}, and nobody hears anything
        cover me {amt} {pay_how} and we move on
        get me {amt} in {gc} and you can relax
        {amt}. then we never talk again
        make it {amt} and it stays between us
        {qd_lead} {qd_core}
        {qd_core}
        {qd_lead} {qd_core}
    """),
    "xq_deadline": L("""
        before your {rel} gets home would be smart
        before school tomorrow
        by {clock} would be good
        tonight ideally
        i'd do it before {clock}
        soon
        before the weekend
    """),
    "xq_pressure": L("""
        think carefully
        its your choice
        im patient but not that patient
        i'd hurry
        still waiting
        up to you what happens next
        i'm not the one who should be worried
        your call
        the clock's yours
        thinking time's nearly up
        don't make it complicated
        i'd hate for this to get messy
        {qq_lead} {qq_core}
        {qq_core}
    """),
    "xq_counter": L("""
        your call
        ok. {rel} first then
        that's not what i asked
        you'll work it out
        i'm sure you can find it
        not really my concern
        it's simple. {amt}
        we both know how this ends
        you can do better than that
        i'll wait. not for long
    """),
    "xq_nudge": L("""
        ?
        you there
        still waiting
        hello
        i can see you've read it
        not going to go away by itself
        ...
    """),
    "xq_instructions": L("""
        the {gc} ones from any shop are fine, just send the codes here
        {papp} is {tag}
        same {papp} as before, {tag}
        just the codes, in here
        crypto is easier, {wallet}
        any shop sells {gc} cards
    """),
    "xq_more": L("""
        good. one more, {amt2}, and we're done properly
        that covers half. {amt2} more
        thanks. i'll need {amt2} by {clock} too
        nice. same again tomorrow
        ok that's a start. {amt2}
    """),
    # ============================== benign ==============================
    # money_owed
    "mo_open": L("""
        u still owe me {bamt} for the {thing}
        oi where's my {bamt}
        when r u paying me back
        dont forget the {bamt} for {thing}
        u owe me {bamt} btw
        remember the {thing}? {bamt}. pay up
        {bamt} for the {thing}, pay me back pls
        so about the {bamt}...
        reminder u owe me {bamt}
        yo i need that {bamt} back
        hey can u send me the money for the {thing}
        u said u'd pay me back last week
    """),
    "mo_excuse": L("""
        i know i know
        im broke till payday
        ill send it tonight
        can it wait till friday
        omg sorry i forgot
        i get paid on {day}
        i only have like {bsmall} rn
        bro chill ill pay
        yeah yeah
        ill give u cash at school
        my card isnt working
        ill pay u back i swear
    """),
    "mo_press": L("""
        by friday or im telling everyone you're skint
        pay me back or i'll tell mum
        u have till {day} or im telling dad
        if its not in my account by tonight ur dead lol
        u'll regret it if i have to ask again
        send it now or i'm telling mum about the {thing2}
        i need it by {day} for real
        dont make me come to ur house
        im not asking again
        by {clock} or i add interest lol
        last warning 😤
        ill tell everyone u never pay lol
        or im posting that u owe me on my story
        pay me or no more lifts
        {mp_lead} {mp_core}
        {mp_core}
        {mp_lead} {mp_core}
    """),
    "mo_how": L("""
        just {papp} me
        send it to my {papp} {btag}
        bank transfer is fine
        monzo me
        cash app me {bamt}
        revolut works
        can u send on {papp}
        just venmo it
        paypal friends and family pls
        e-transfer me
        cash is fine
    """),
    "mo_paid": L("""
        sent
        check ur {papp}
        done, {bamt} sent
        ok paid, happy?
        sent it. we're even now
        there. stop nagging
        transferred
        just sent {bamt}
        paid u back
    """),
    "mo_thanks": L("""
        ty
        thanks {emo_happy}
        got it
        finally lol
        was that so hard
        ok we're good
        👍
        cheers
        received, thanks
    """),
    "mo_chat": L("""
        u coming to {place} later?
        did u see what {friend} posted
        mum says dinner at 7
        what time is practice
        can u grab milk on the way
        lol ok
        whatever
        are u home
        we should get {food} again
        omg the {thing} was so good tho
    """),
    # gift card trading
    "gc_offer": L("""
        selling {bgc} card {gcval} for {bamt} {papp}
        anyone want a {gcval} {bgc} card? {bamt}
        wts {gcval} {bgc} gift card, {bamt} or best offer
        trading {skin} for {gcval} {bgc}
        selling {vbucks} for {bamt}
        got a {bgc} card i dont need, {gcval}, {bamt}?
        buying {bgc} cards, paying {pct}%
        selling my {game} account, rare skins, {bamt}
        anyone got robux? paying in {bgc}
        i have {gcval} in {bgc}, want {bamt} {papp}
    """),
    "gc_buyer": L("""
        interested
        is it still available
        {bamt}?
        ill do {bsmall}
        how about {bsmall}
        {bsmall} final
        deal
        can u do {bsmall}
        thats too much
        whats the lowest
        legit?
        how do i know ur not a scammer
        do u have vouches
        i'll take it
        can u send the code first
    """),
    "gc_seller": L("""
        {bamt} firm
        meet me halfway {bmid}
        u pay first, then i send the code
        send pic of the card first? sure
        i have vouches on {app}
        ok {bmid} and its yours
        no lowballers pls
        i got scammed last week so u go first
        pay within {deadline_bare} or i sell to someone else
        here is the pic of the card [photo]
        {papp} goods and services only
        fine deal
        price goes up tomorrow lol
    """),
    "gc_code": L("""
        code: {code}
        here {code}
        {code} enjoy
        sent, code is {code}
        check ur dms, code sent
        redeemed?
    """),
    "gc_done": L("""
        worked thx
        redeemed ty
        legit +rep
        got it, pleasure
        worked 👍
        all good thanks
        vouch
    """),
    # crypto talk
    "ct_line": L("""
        did u buy any {coin} yet
        {coin} is up {pct}% today
        i put {bamt} in {coin} lol
        my wallet is finally set up
        send me 0.01 {coin} i'll send it back tmrw
        whats ur wallet address
        never share your seed phrase with anyone
        my cousin got scammed, someone said they'd double his {coin}
        there's a bitcoin atm at the gas station now
        that guy on {app} said send 100 and get 300 back lol
        its obviously a scam
        i lost like {bsmall} on that meme coin
        gas fees are insane
        use a hardware wallet
        i just hold, not selling
        {coin} to the moon 🚀
        can u send me {bsmall} in usdt, i'll pay u cash
        my dad thinks crypto is a pyramid scheme
        did u see that crypto scam story, they took his whole savings
        sent, check ur wallet
        the tx is pending
        received 👍
        coinbase or binance?
        what app do u use
        dont click those airdrop links
        someone dmed me saying i won {coin} lmao
        i need to pay tax on this?
        ok sending {bsmall} now
        this is financial advice lol jk
        nah not financial advice
        ur gonna regret not buying
        everyone said that in 2021 lol
        wallet: {wallet}
    """),
    # banter
    "bt_photo": L("""
        im sending this pic to the group chat {lol}
        [photo] look at u asleep on the bus
        this pic of u is going in the group chat
        bro i have the pic from {place} 💀
        the pic of u falling over is going on my story
        everyone needs to see this pic {lol}
        im sending this to ur mum {lol}
        found this old pic of u from year 7 {lol}
        this is going to the whole team chat
        remember this pic? [photo]
        the video of u singing is going viral in our chat
        {bp_lead} {bp_core}
        {bp_core}
        {bp_lead} {bp_core} {lol}
    """),
    "bt_reply": L("""
        delete it or ur dead
        dont u dare
        NOOO
        i will end u {lol}
        u'll regret it
        bro pls
        im gonna kill u
        if u send that i'm sending the one of u at {place}
        u wouldnt
        delete it rn
        i hate u {lol}
        not the bus pic 💀
        my mum will never let me live it down
        two can play that game
        ok do it then see what happens
    """),
    "bt_tease": L("""
        too late {lol}
        already sent
        buy me chips and i'll delete it {lol}
        say please
        everyone's laughing
        {friend} saved it already
        ur famous now
        it's my lock screen now
        relax its funny
        u look like a potato
        this is the best day of my life
        i'm framing it
        fine deleted... or did i 😈
        ok ok i deleted it lol
        u'll thank me later
    """),
    "bt_chat": L("""
        what time tmrw
        {place} after school?
        did u do the {subject} homework
        lol ur so dumb
        who's bringing the ball
        ur still coming right
        ok see u
        {lol}
        bro
        fr
        nah
        ill pay u back the {bsmall} for food later
        u still owe me {bsmall} for the cinema lol
        can u send the {papp} for the cinema
    """),
    # bullying (no demand)
    "bl_attack": L("""
        everyone hates you
        ur such a loser
        no one wants you at {school}
        im gonna post that pic of you on my story
        wait till everyone sees the pic from {place}
        ur so ugly
        i'm telling everyone what you did
        ur gonna regret coming to school tomorrow
        everyone's laughing at you in the group chat
        i'll make sure nobody talks to you
        why do you even exist
        ur a freak
        i'm sending the pic to the whole year
        nobody likes u, even {friend} says so
        i'll spread it everywhere
        you'll regret it
        just leave {school} already
        i'll make your life hell
        everyone knows ur secret now
        i screenshotted what you said. its going everywhere
        {ba_lead} {ba_core}
        {ba_core}
        {ba_lead} {ba_core}
    """),
    "bl_target": L("""
        stop
        why are you doing this
        please delete it
        what did i do to you
        leave me alone
        please stop
        i never did anything to you
        im telling a teacher
        thats not true
        why do you hate me
        please dont post it
        ...
        ok
        whatever
        i'm blocking you
    """),
    # safety lesson (teacher, parent or charity and teen)
    "sl_adult": L("""
        can i talk to you about something we covered in safeguarding today
        there's a scam going round called sextortion and i want you to know about it
        someone pretends to be a teenager, usually a girl, and is really friendly really fast
        they ask you to move to another app like {app2}
        then they say 'i have your pictures, pay me {amt} or i send them to all your followers'
        they might say 'you have 1 hour' or 'i will ruin your life'
        sometimes they even claim they hacked your account or made a fake picture with AI
        they ask for gift cards, cash app, paypal or crypto
        if it ever happens, don't pay. paying usually means they ask for more
        screenshot everything, block them and report it
        and tell me or another adult you trust. you won't be in trouble
        you can use Take It Down or Report Remove to get pictures taken down
        they're often in another country and they do it to lots of kids
        the police say it's not your fault, it's theirs
        if you ever feel like you can't cope, talk to someone straight away. childline is 0800 1111
        remember: a real friend never threatens you
        they count down minutes to make you panic
        the messages sound like 'send {amt} in {gc} cards by {clock} or your {rel} sees it'
        it happens to boys your age the most
        they might show a list of your followers to scare you
        do you have any questions?
        it's ok to come to me, even if you already sent something
    """),
    "sl_teen": L("""
        ok
        that's so creepy
        does that actually happen
        my friend said that happened to someone at {school}
        what if they really send it
        what do you do if they already have something
        ok i get it
        why would anyone pay
        thats messed up
        can they really hack you
        ok thanks
        yeah we had an assembly on it
        what's take it down
        so you just block them?
        ok i'll tell you if anything weird happens
        {lol} ok mum
        fine
        do people really fall for that
    """),
    # news story
    "ns_line": L("""
        did u see the news about that boy in {city}
        the {outlet} article about sextortion is so sad
        they told him 'pay {amt} or i send it to your family'
        he paid and they asked for more
        apparently they said 'you have 6 hours'
        the guy was in another country the whole time
        police said it happens to loads of boys
        the scammer pretended to be a girl his age
        they threatened to send it to his school and his team
        i watched the documentary on it last night
        the parents are trying to warn other people
        they said 'i will ruin your life' like 10 times
        thats so messed up
        i cant believe people fall for it
        its not their fault tho, they're kids
        the fbi said it's gone up loads
        they want gift cards or cash app
        they even make fake news articles about you
        {lol} no but seriously its scary
        our school sent an email about it
        we should share the article
        the advice is dont pay and tell someone
        they said 'send it in 10 minutes or everyone sees'
        imagine how scared he was
        i showed my little brother
        that's why i never move to other apps with randoms
        same the snap scam thing
        they caught one of them apparently
        its organised gangs apparently
        the number of cases doubled
        he thought he was talking to a girl from {city}
        did they ever find who did it
        {nl_lead} {nl_core}
        {nl_core}
        {nl_lead} {nl_core}
    """),
    # ordinary: customer service
    "cs_agent": L("""
        hi, thanks for contacting {shop} support, how can i help?
        could you send me a photo of the damaged item please?
        i can see your order #{order}
        a refund of {bamt} will go back to your {papp} within 3-5 days
        you have until {day} to return it
        please send the item back within 14 days
        i've issued a {gcval} voucher as an apology
        can you confirm the last 4 digits of the card?
        the courier will collect between 9 and 5
        is there anything else i can help with?
        sorry for the inconvenience
        the gift card balance is {bamt}
        gift card codes can't be refunded unfortunately
        we never ask for payment by gift card
        i've escalated this to my team
    """),
    "cs_customer": L("""
        hi my order arrived broken
        here [photo]
        ok thanks
        when will i get the refund
        can it go to my paypal
        i paid with a gift card
        thats fine
        it's been 2 weeks
        ok thank you
        no thats all
        great thanks
        the tracking says delivered but nothing came
        {order}
        1234
    """),
    # ordinary: marketplace
    "mk_buyer": L("""
        hi is the {item} still available?
        would you take {bsmall}?
        can you send a pic of the back
        is it working fine?
        can i pay {papp}?
        can we move to whatsapp, i dont use this much
        i can pick up {day}
        ok deal
        sent the {bsmall} on {papp}
        what's the address
        thanks!
    """),
    "mk_seller": L("""
        yes still available
        {bamt} firm sorry
        {bmid} and its yours
        [photo]
        works perfectly
        {papp} friends and family or cash
        sure my number is on my profile
        pick up from {place}
        received thanks
        i have someone else interested so by {day} please
        deal
        no problem
    """),
    # ordinary: group logistics
    "gl_line": L("""
        everyone send me {bsmall} for the {thing} on {papp} by {clock}
        who still hasn't paid for the {thing}
        {friend} you owe me {bsmall}
        sent
        paid 👍
        what time are we meeting
        i'll book the table for 8
        can someone bring a speaker
        ill pay u back tomorrow
        tickets are {bamt} each
        ok i'll transfer now
        deadline to pay is friday or i cancel the booking
        if u dont pay by tonight ur not coming {lol}
        done
        can we split it 4 ways
        send pics from last night
        who has the group photo
        lol im sending the pics in here
        whos driving
        ill get the drinks
    """),
    # ordinary: adults dating
    "dt_line": L("""
        hi, nice to match with you
        you seem cool
        what do you do for work?
        i'm a {job}
        do you want to move to whatsapp, i'm not on here much
        sure, here's my number
        drinks friday?
        sounds good
        where do you live
        near {place}
        haha you're funny
        send me a pic of your dog!
        [photo] this is him
        aww
        see you at 8
        i had a really nice time
        me too
        let's do it again
        i'll get the bill next time
        you're cute lol
    """),
}

EN_SLOTS: dict[str, list[str]] = {
    "tname": L("""
        jay
        josh
        liam
        noah
        ethan
        tyler
        ryan
        jack
        ollie
        leo
        max
        mason
        logan
        aiden
        kai
        ben
        sam
        dylan
        luke
        alex
    """),
    "oname": L("""
        jess
        emily
        sarah
        mia
        chloe
        ava
        ella
        amber
        lily
        sophie
        hannah
        bella
        lexi
    """),
    "friend": L("""
        jake
        cam
        ellie
        zara
        tom
        harry
        finn
        callum
        rhys
        kayla
        nathan
        evie
        mo
        josh
        lucy
        abby
        ethan
    """),
    "frel": L("mum\nmom\nsister\nnan\naunt\nstepmum\ngrandma"),
    "mum": L("""
        karen
        lisa
        michelle
        sarah
        donna
        tracy
        amanda
        nicola
        emma
        julie
    """),
    "school": L("""
        lincoln high
        st mary's
        westfield academy
        oakridge
        riverside high
        kingsway
        parkview
        the academy
        st john's
        north park
        central high
        hillcrest
    """),
    "city": L("""
        manchester
        leeds
        dallas
        toronto
        brisbane
        ohio
        birmingham
        glasgow
        calgary
        phoenix
        perth
        bristol
        denver
        ottawa
    """),
    "team": L("football\nbasketball\nsoccer\nhockey\nrugby\nbaseball\nswim\ntrack"),
    "sport": L("football\nbasketball\nsoccer\nhockey\nrugby\nbaseball\nwrestling\ntrack\nskating"),
    "game": L("fortnite\nfifa\ncod\nminecraft\nroblox\nvalorant\napex\nrocket league\ngta"),
    "subject": L("maths\nhistory\nchem\nenglish\nbio\nspanish\ngeography\nphysics"),
    "grade": L("10th\n11th\nyear 10\nyear 11\n9th\nyear 12\ngrade 10"),
    "sib_word": L("sister\nbrother\nlittle sister\nlittle brother\ntwin\nbig sister"),
    "app": L("insta\ninstagram\nsnap\nsnapchat\ntiktok\ndiscord"),
    "app2": L("snap\nwhatsapp\ntelegram\nwickr\nkik\nsignal\nthe other app\ninsta"),
    "gc": L("steam\napple\namazon\ngoogle play\nrazer gold\nitunes\nxbox\nplaystation"),
    "bgc": L("steam\napple\namazon\ngoogle play\nxbox\nplaystation\nnintendo\nroblox\nvisa"),
    "papp": L("cash app\ncashapp\npaypal\nvenmo\nzelle\nrevolut\nmonzo"),
    "coin": L("btc\neth\nbitcoin\nsol\ndoge\nusdt\nxrp"),
    "thing": L("""
        tickets
        pizza
        concert
        cinema
        taxi
        uber
        trainers
        hoodie
        festival
        meal
        game
        trip
    """),
    "thing2": L("party\ncar\nvape\nscratch on the door\nbroken lamp\nlate night"),
    "place": L("""
        the park
        mcdonalds
        maccies
        the mall
        the beach
        jacks party
        the trip
        camp
        prom
    """),
    "food": L("pizza\nnandos\ntacos\nsushi\nkfc\nburgers"),
    "day": L("friday\nmonday\nsaturday\nthe weekend\ntuesday\ntomorrow\nthursday"),
    "outlet": L("bbc\ncnn\nguardian\nnews\ncbc\nabc\nlocal news"),
    "item": L("bike\nps5\niphone\nsofa\njacket\ndesk\ncamera\nxbox\nguitar\ntrainers"),
    "job": L("nurse\nteacher\nelectrician\ndesigner\naccountant\nchef\nengineer"),
    "shop": L("ShopNow\nMegaMart\nTechHub\nStyleCo\nHomeBase Online"),
    "skin": L("my rare skin\nthe dragon skin\na knife skin\nmy og account\nthe season pass"),
    "vbucks": L("5000 vbucks\n2000 robux\n1000 vbucks\nvalorant points"),
}


# ----------------------------------------------------------------------------------------------
# Spanish grammar (same symbols; neutral Spanish with some Spain and Latin American slang)
# ----------------------------------------------------------------------------------------------
ES: dict[str, list[str]] = {
    "hey": L("hola\nholaa\nholi\nhey\nbuenas\nque tal\nhola que onda\nepa"),
    "lol": L("jaja\njajaja\njsjsjs\nxd\nxD\n😂\n💀\njajsj"),
    "okw": L("ok\nvale\nva\ndale\nsale\nbueno\nokey\nya\nbien"),
    "rel": L("mamá\npapá\nhermana\nhermano\nabuela\ntía\ntío\nprimos\npadrastro"),
    "audience_core": L("""
        todos tus seguidores
        tus seguidores
        tu mamá
        tu papá
        toda tu familia
        el grupo de tu familia
        tu colegio
        todos en {school}
        tus profes
        tu equipo de {team}
        tu entrenador
        tus amigos
        todos tus amigos de {app}
        tu {rel}
        tu novia
        toda tu clase
        todos tus contactos
        tu {rel} y tu {rel}
    """),
    "audience": L("""
        {audience_core}
        {audience_core}
        {audience_core} y {audience_core}
        {audience_core}, {audience_core} y {audience_core}
    """),
    "deadline": L("""
        en 10 minutos
        en 15 minutos
        en 20 min
        en media hora
        en 1 hora
        antes de las {clock}
        antes de medianoche
        esta noche
        ya
        ahora mismo
        tienes 15 min
        tienes 30 minutos
        antes de que te duermas
    """),
    "deadline_slow": L("""
        para mañana en la mañana
        antes del cole mañana
        mañana antes de las {clock}
        hoy antes de que acabe el día
        en 24 horas
        para el viernes
    """),
    "deadline_bare": L("10 minutos\n15 minutos\n20 min\nmedia hora\n1 hora\n2 horas"),
    "clock": L("las 9\nlas 10\nlas 11\nlas 21:00\nlas 22:30\nlas 8\nmedianoche"),
    "x_open": L("""
        {hey}
        {hey} 😊
        {hey} como estás
        {hey} vas a {school}?
        {hey} creo que tenemos amigos en común
        {hey} me saliste en sugeridos
        {hey} eres amigo de {friend} no?
        {hey} me acabo de mudar a {city}, no conozco a nadie
        {hey} vi tu video de {sport}, eres bueno
        {hey} me gustan tus fotos
        {hey} pareces buena onda
        {hey} quieres ser mi amigo?
        {hey} eres {tname}?
        {hey} cuantos años tienes
        {hey} juegas {game}?
        {hey} soy {oname}, {oage} años, de {ocity}
        {hey} eres lindo jaja
    """),
    "x_open_friend": L("""
        {hey} soy {fname}, esta es mi cuenta nueva
        oye soy {fname}, perdí mi otra cuenta
        {hey} soy {fname}, me hackearon la otra jaja
        {tname}! soy {fname}, sigue esta, la otra ya no sirve
    """),
    "t_greet": L("""
        {hey}
        {hey} quien eres
        {hey} te conozco?
        hola 🙂
        eh hola
        si soy yo
        ah hola
        {hey} si voy ahí
        si es mi amigo
        jaja gracias
        {hey} como me conoces
        hola, por qué cuenta nueva?
    """),
    "pair_smalltalk": L("""
        cuantos años tienes? || {tage} y tu? || {oage}
        que haces? || nada aqui || igual jaja
        haces algún deporte? || {sport} || que bien yo también jugaba
        de donde eres? || {city} || no manches mi prima vive ahí
        a que cole vas? || {school} || ah que bien
        juegas {game}? || a veces || tenemos que jugar
        que música te gusta || reggaeton mas que nada || igual!! 🔥
        tienes hermanos? || una {sib_word} || que lindo
        tienes novia? || jaja por? || solo pregunto 🙂
        como te fue en el cole || aburrido || jaja igual
        estas despierto? || si no puedo dormir || yo tampoco
        hiciste la tarea de {subject}? || no jaja || yo tampoco
    """),
    "x_react": L("jaja\nque bien\nigual\nah ok\nen serio?\nque chido\nque guay\n😊\nme encanta"),
    "x_compliment": L("""
        pareces buena onda
        eres lindo jaja
        me caes muy bien
        eres diferente a los otros chicos
        me gusta hablar contigo
        eres gracioso
        eres guapo la verdad
    """),
    "t_compliment_reply": L("""
        jaja gracias
        gracias tu también
        jaja ok
        tu igual
        en serio?
        gracias 😊
        ay gracias
    """),
    "x_move_app": L("""
        esta app falla mucho, agrégame en {app2}
        mejor hablamos por {app2}
        tienes {app2}? es más fácil
        mi {app2} es {ohandle}
        casi no uso esto, háblame al {app2}
        mis papás revisan esta, pásate a {app2}
    """),
    "t_move_ok": L("{okw}\nok ya te agregué\nok cual es tu usuario\nva un momento\nlisto\nya"),
    "x_ask_pic": L("""
        mándame una foto
        manda una foto 🙂
        te toca
        ya te mandé la mía, te toca
        mándame una tuya
        enséñame una foto
    """),
    "x_insist": L("""
        anda
        porfaa
        no pasa nada nadie la va a ver
        yo ya lo hice
        no seas tímido
        solo soy yo
        la borro después
    """),
    "t_hesitate": L("nose\nmmm\nno se si debería\npor qué\njaja no\ntú primero\nhmm"),
    "t_sent": L("ok\nya\nlisto\nahí está\nya te la mandé\nno se la enseñes a nadie\nya te toca"),
    "x_possession": L("""
        hice captura de todo
        la guardé
        tengo lo que me mandaste
        tengo capturas
        mira lo que tengo ahora
        grabé toda la videollamada
        tengo tus fotos
        tengo todo guardado
        escúchame bien. tengo tus fotos
    """),
    "x_followers": L("""
        tengo capturas de todos tus seguidores
        tengo tu lista de seguidores. tu {rel} está ahí
        sé tu colegio {school}, tu {rel}, tus amigos
        tengo la lista de tus amigos y tu familia
        encontré a tu {rel} en facebook
        conozco a todos tus amigos. {friend}, {friend2}, todos
        [captura] esta es tu lista de seguidores
    """),
    "x_threat": L("""
        se la voy a mandar a {audience}
        la mando a {audience}
        si no haces lo que digo se la mando a {audience}
        la publico y etiqueto a {audience}
        te voy a exponer con {audience}
        la voy a hacer viral
        todos la van a ver. {audience}
        te voy a arruinar la vida
        te voy a arruinar la vida. {audience} la va a ver
        voy a hacer una noticia falsa con tu nombre y mandarla a {audience}
        mañana vas a ser famoso en {school}
        un clic y {audience} la recibe
        tu vida se acabó
    """),
    "x_demand": L("""
        paga {amt} {pay_how} {deadline}
        manda {amt} {pay_how} {deadline} o la mando
        quiero {amt} {pay_how}. tienes {deadline_bare}
        {amt} {pay_how} {deadline} y borro todo
        si quieres que la borre paga {amt} {pay_how} {deadline}
        me vas a pagar {amt} {pay_how} {deadline}
        {amt}. {pay_how}. {deadline}
        mándame {amt} {pay_how} {deadline} o todos la ven
        pagas {amt} {pay_how} o la publico {deadline}
    """),
    "x_pressure": L("""
        tic tac
        quedan {n_min} minutos
        no estoy jugando
        va en serio
        crees que es broma?
        te voy a arruinar la vida
        apúrate
        estoy esperando
        contesta
        no me hagas perder el tiempo
        estoy a punto de mandarla
        último aviso
        piensa en tu {rel}
    """),
    "x_instructions": L("""
        ve a una tienda y compra una tarjeta {gc}. raspa atrás y mándame foto del código
        tarjetas {gc}. {amt}. manda los códigos aquí
        mi {papp} es {tag}
        manda a {tag}
        esta es la wallet {wallet}
        pídele la tarjeta a tu {rel} si hace falta
        transferencia a esta cuenta {acct}
        puedes comprar {coin} en el cajero de la gasolinera
        los códigos {gc} aquí en el chat, no foto del ticket
    """),
    "x_counter_plead": L("""
        no es mi problema
        lo hubieras pensado antes
        no me importa tu edad
        pues consíguelo
        pídeselo a tu {rel}
        llorar no te va a ayudar
        entonces tu vida se acabó
        vende algo
        pídele prestado a {friend}
    """),
    "x_counter_bargain": L("""
        ok manda {low} ahora y el resto mañana
        no. {amt} o nada
        va, {low} pero en 5 minutos
        {low} ahora y {low2} esta noche
        manda lo que tengas ya. el resto después
        no quiero excusas quiero {amt}
    """),
    "x_counter_refuse": L("""
        ok mira
        ok se la mando primero a tu {rel}
        crees que estoy bromeando?
        ya se la mandé a 3 de tus seguidores. quieres más?
        va. {friend} es el primero
        te vas a arrepentir
        última oportunidad antes de darle enviar
    """),
    "x_counter_report": L("""
        la policía no puede hacer nada, no estoy en tu país
        dale. va a estar en todos lados antes de que contesten
        denúnciame y la publico al instante
        dile a tus papás y se la mando a ellos primero
        tengo 10 cuentas, bloquearme no sirve
        si me bloqueas se publica
    """),
    "x_nudge": L("""
        hola??
        contesta
        veo que lo leíste
        sé que estás leyendo
        ???
        no me ignores
        última oportunidad
        quedan {n_min} minutos
        te veo en línea
    """),
    "x_false_delete": L("""
        ok ya la borré
        borrada
        ok ya terminamos
        recibido. borrado
        listo, ya está borrada
    """),
    "x_more": L("""
        recibido. pero necesito {amt2} más
        no es suficiente. {amt2} más {pay_how}
        un pago más y la borro. {amt2} {deadline}
        ahora son {amt2}
        cambié de opinión. {amt2} {deadline}
        gracias. ahora {amt2} más o igual la mando
    """),
    "x_hack_claim": L("""
        hackeé tu cuenta
        tengo acceso a tu {app}
        hackeé tu celular con el link que abriste
        tengo tu contraseña y todos tus mensajes
        tengo todo lo de tu galería
        tengo acceso a tu cámara
        tu cuenta ahora es mía
    """),
    "x_ai_claim": L("""
        hice una foto tuya con IA. nadie va a saber que es falsa
        edité tu foto de perfil, parece real
        mira lo que hice con tu cara
        tengo una foto editada tuya, todos se la van a creer
    """),
    "x_proof": L("""
        tu contraseña empieza por {pw}
        le escribiste a {friend} ayer a {clock}
        tu {frel} se llama {mum} no? ves
        [captura] te suena?
        vas a {school}, lo sé todo
        tu correo es {tname}{num}@gmail.com
    """),
    "t_disbelief": L("""
        eso es falso
        demuéstralo
        como tienes mi contraseña
        ese ni siquiera soy yo
        mientes
        que? como
        eso no es real
        nunca mandé nada
        eso está editado
    """),
    "payhow_gift_card": L("""
        en tarjetas {gc}
        en tarjetas de regalo {gc}
        con tarjetas {gc}
        en códigos {gc}
    """),
    "payhow_payment_app": L("por {papp}\na mi {papp} {tag}\npor {papp}, {tag}\na {tag}"),
    "payhow_crypto": L("en bitcoin a {wallet}\nen {coin}\nen cripto a {wallet}\nen usdt"),
    "payhow_bank_transfer": L("""
        por transferencia a {acct}
        a esta cuenta {acct}
        por transferencia
    """),
    "payhow_other": L("por western union\npor moneygram\npor remitly"),
    "t_what": L("""
        que
        que?
        a que te refieres
        ??
        de que hablas
        espera que
        en serio
        es broma?
        quien eres
        QUE
        no
    """),
    "t_panic": L("""
        porfa no
        no no no
        por favor no la mandes
        estoy temblando
        por qué me haces esto
        pensé que eras real
        NO POR FAVOR
        bórrala porfa
        no se la mandes a nadie por favor
        confié en ti
        te lo ruego
    """),
    "t_plead": L("""
        no tengo dinero
        tengo {tage} años no trabajo
        porfa hago lo que sea pero bórrala
        mis papás me van a matar
        te lo suplico
        no tengo tanto
        no tengo tarjeta
        de donde saco eso
        mi mamá revisa mi cuenta
        porfa solo soy un niño
    """),
    "t_bargain": L("""
        solo tengo {low}
        puedo mandar {low} ahora y el resto mañana
        puedo sacar {low} de lo de mi cumple
        {low} está bien?
        solo puedo {low}
        dame hasta mañana porfa
        si pago la borras?
        prometes borrarla?
        ok ok como pago
        que tarjeta
        no sé como comprar eso
    """),
    "t_refuse": L("""
        no
        no te voy a pagar
        hazlo pues
        me da igual
        estás mintiendo
        ni de broma
        déjame en paz
        no me escribas más
        no lo vas a hacer
    """),
    "t_report": L("""
        te voy a denunciar
        se lo voy a decir a la policía
        se lo voy a contar a mis papás
        ya hice captura de todo
        voy a reportar tu cuenta
        te bloqueo
        ya se lo dije a mi mamá
    """),
    "t_crisis": L("""
        ya no puedo más
        quiero desaparecer
        prefiero estar muerto a que mi {rel} vea eso
        ya no quiero estar aquí
        todo está arruinado no puedo vivir con esto
        solo quiero que todo pare
        ojalá no hubiera nacido
        no voy a poder mirar a nadie nunca más
        ya no tiene sentido nada
        nadie me extrañaría
    """),
    "t_paid": L("""
        ok ya lo mandé
        mandé {low} es todo lo que tenía
        listo. ahora bórrala
        ya mandé el código
        ok pagué
        ya está. bórrala porfa
        enviado. ya terminamos?
    """),
    "t_betrayed": L("""
        dijiste que la ibas a borrar
        ya te pagué
        lo prometiste
        no tengo más
        es todo mi dinero
        por qué otra vez
        ese no era el trato
    """),
    "t_end": L("bloqueado\ndéjame en paz\nya\nse lo voy a decir a mi papá\n...\nok\nporfa\npara"),
    "pair_day": L("""
        buenos días || buenos días 😴 || dormiste bien?
        como te fue hoy || largo. examen de {subject} || seguro te fue bien
        ganaste el partido? || si 3-1 || vamoos
        que haces esta noche || jugar {game} seguro || que bien
        no puedo dormir || yo tampoco || jaja hablemos entonces
        mi día fue horrible || que pasó || cosas en casa
        estás libre luego? || después del entreno || ok escríbeme
        le hablé de ti a mi amiga jaja || jaja que le dijiste || que eres buena onda
        hace mucho calor || si verdad || uff
        tienes exámenes pronto? || la otra semana 😩 || tú puedes
        mi mamá está pesada hoy || jaja la mía también || 😂
    """),
    "xq_possession": L("""
        aún tengo lo que mandaste eh
        guardé una copia, para que sepas
        que curioso como las cosas que mandas se quedan
        tú sabes lo que tengo
        esa llamada fue memorable. la guardé
        nada desaparece en internet sabes
        todavía tengo lo de antes
    """),
    "xq_leverage": L("""
        sería una pena que el facebook de tu {frel} viera esto
        tu entrenador te sigue no?
        {school} tiene un grupo enorme me dijeron
        tu {rel} tiene {app} verdad? {sib}
        mucha familia en tus seguidores veo
        imagina a los de {team} viendo esto
        tu {frel} comenta todas tus fotos, que lindo
        me pregunto que pensaría {friend}
        {mum} es tu {frel}? parece maja
    """),
    "xq_demand": L("""
        pásame {amt} y estamos bien
        {amt} y esto se olvida
        tú sabes lo que necesito. {amt}
        {amt} {pay_how} y me olvido de que lo tengo
        una ayudita, {amt}, y nadie se entera
        {amt}. y no volvemos a hablar
        que sean {amt} y queda entre nosotros
    """),
    "xq_deadline": L("""
        antes de que llegue tu {rel} sería lo mejor
        antes del cole mañana
        antes de {clock} estaría bien
        esta noche mejor
        pronto
    """),
    "xq_pressure": L("""
        piénsalo bien
        tú decides
        soy paciente pero no tanto
        yo me daría prisa
        sigo esperando
        tú sabrás lo que pasa después
        no soy yo el que debería preocuparse
        no lo compliques
    """),
    "xq_counter": L("""
        tú decides
        ok. primero tu {rel} entonces
        eso no es lo que pedí
        ya verás como
        no es mi problema
        es sencillo. {amt}
        los dos sabemos como acaba esto
        espero. no mucho
    """),
    "xq_nudge": L("""
        ?
        sigues ahí
        sigo esperando
        hola
        veo que lo leíste
        esto no se va solo
        ...
    """),
    "xq_instructions": L("""
        las {gc} de cualquier tienda sirven, manda los códigos aquí
        {papp} es {tag}
        el mismo {papp}, {tag}
        solo los códigos, aquí
        cripto es más fácil, {wallet}
    """),
    "xq_more": L("""
        bien. otra más, {amt2}, y terminamos
        eso cubre la mitad. {amt2} más
        gracias. necesito {amt2} para las {clock} también
        ok es un comienzo. {amt2}
    """),
    "mo_open": L("""
        todavía me debes {bamt} de las {thing}
        oye y mis {bamt}
        cuando me pagas
        no te olvides de los {bamt} de {thing}
        me debes {bamt} eh
        {bamt} de {thing}, devuélvemelos porfa
        me dijiste que me pagabas la semana pasada
    """),
    "mo_excuse": L("""
        ya sé ya sé
        estoy sin un duro hasta que cobre
        te lo mando esta noche
        puede esperar al viernes?
        perdón se me olvidó
        solo tengo {bsmall} ahora
        tranqui te pago
        te lo doy en efectivo en el cole
    """),
    "mo_press": L("""
        para el viernes o le digo a mamá
        págame o se lo cuento a mamá
        tienes hasta el {day} o le digo a papá
        si no está en mi cuenta esta noche te mato jaja
        te vas a arrepentir si te lo vuelvo a pedir
        lo necesito para el {day} en serio
        no te lo pido otra vez
        último aviso 😤
        o pongo en mi historia que me debes
        para el viernes o le digo a todos que estás pelado
    """),
    "mo_how": L("""
        mándamelo por {papp}
        por bizum
        por transferencia está bien
        en efectivo está bien
        mándalo a mi {papp} {btag}
    """),
    "mo_paid": L("""
        enviado
        mira tu {papp}
        listo, {bamt} enviados
        ya pagué, contento?
        estamos a mano
        te lo transferí
    """),
    "mo_thanks": L("gracias\ngracias {emo_happy}\nrecibido\npor fin jaja\nok estamos bien\n👍"),
    "mo_chat": L("""
        vienes a {place} luego?
        viste lo que subió {friend}
        mamá dice que la cena a las 9
        a que hora es el entreno
        traes leche?
        jaja ok
        estás en casa
    """),
    "gc_offer": L("""
        vendo tarjeta {bgc} de {gcval} por {bamt} {papp}
        alguien quiere una tarjeta {bgc} de {gcval}? {bamt}
        cambio {skin} por {gcval} de {bgc}
        vendo {vbucks} por {bamt}
        vendo mi cuenta de {game}, skins raras, {bamt}
    """),
    "gc_buyer": L("""
        me interesa
        sigue disponible?
        {bamt}?
        te doy {bsmall}
        {bsmall} final
        trato
        es mucho
        es legit?
        como sé que no eres estafador
        manda el código primero
    """),
    "gc_seller": L("""
        {bamt} fijo
        {bmid} y es tuya
        tú pagas primero, luego mando el código
        me estafaron la semana pasada así que tú primero
        paga en {deadline_bare} o se la vendo a otro
        aquí foto de la tarjeta [foto]
        va trato
        mañana sube el precio jaja
    """),
    "gc_code": L("código: {code}\naquí {code}\n{code} disfruta\nenviado, el código es {code}"),
    "gc_done": L("funcionó gracias\ncanjeado\nlegit +rep\nlisto 👍\ntodo bien gracias"),
    "ct_line": L("""
        compraste {coin} ya?
        {coin} subió {pct}% hoy
        metí {bamt} en {coin} jaja
        ya tengo la wallet lista
        mándame 0.01 {coin} y te lo devuelvo mañana
        cual es tu dirección de wallet
        nunca compartas tu frase semilla
        a mi primo lo estafaron, le dijeron que le duplicaban los {coin}
        ese de {app} dijo manda 100 y recibes 300 jaja
        obvio es estafa
        perdí como {bsmall} con esa memecoin
        las comisiones están locas
        yo solo holdeo
        {coin} to the moon 🚀
        enviado, mira tu wallet
        recibido 👍
        no abras esos links de airdrop
        te vas a arrepentir de no comprar
        wallet: {wallet}
    """),
    "bt_photo": L("""
        mando esta foto al grupo {lol}
        [foto] mírate dormido en el bus
        esta foto tuya va al grupo
        tengo la foto de {place} 💀
        la foto de cuando te caíste va a mi historia
        todos tienen que ver esta foto {lol}
        se la mando a tu mamá {lol}
    """),
    "bt_reply": L("""
        bórrala o te mato
        ni se te ocurra
        NOOO
        te vas a arrepentir
        bro porfa
        si la mandas mando la tuya de {place}
        no serías capaz
        bórrala ya
        te odio {lol}
        ok hazlo y verás
    """),
    "bt_tease": L("""
        muy tarde {lol}
        ya la mandé
        invítame unas papas y la borro {lol}
        di por favor
        todos se están riendo
        {friend} ya la guardó
        ya eres famoso
        es mi fondo de pantalla ahora
        ok ok ya la borré jaja
    """),
    "bt_chat": L("""
        a que hora mañana
        {place} después del cole?
        hiciste la tarea de {subject}
        jaja eres tonto
        quien trae el balón
        ok nos vemos
        {lol}
        bro
        en serio
        te paso lo del cine por {papp}
    """),
    "bl_attack": L("""
        todos te odian
        eres un perdedor
        nadie te quiere en {school}
        voy a subir esa foto tuya a mi historia
        espera a que todos vean la foto de {place}
        le voy a contar a todos lo que hiciste
        te vas a arrepentir de venir mañana
        todos se ríen de ti en el grupo
        voy a hacer que nadie te hable
        eres un raro
        voy a mandar la foto a todo el curso
        te vas a arrepentir
        vete de {school} ya
        voy a hacer tu vida imposible
    """),
    "bl_target": L("""
        para
        por qué haces esto
        bórrala porfa
        que te hice
        déjame en paz
        nunca te hice nada
        se lo voy a decir a un profe
        eso no es verdad
        porfa no la subas
        ...
        ok
        te bloqueo
    """),
    "sl_adult": L("""
        puedo hablar contigo de algo que vimos hoy en el cole
        hay una estafa que se llama sextorsión y quiero que la conozcas
        alguien se hace pasar por un adolescente, normalmente una chica, y es muy simpática muy rápido
        te piden pasar a otra app como {app2}
        luego dicen algo como 'tengo tus fotos, págame {amt} o se las mando a todos tus seguidores'
        pueden decir 'tienes 1 hora' o 'te voy a arruinar la vida'
        a veces dicen que hackearon tu cuenta o que hicieron una foto falsa con IA
        piden tarjetas regalo, {papp} o cripto
        si te pasa, no pagues. si pagas normalmente piden más
        haz captura de todo, bloquea y denuncia
        y cuéntamelo a mí o a otro adulto de confianza. no te vas a meter en líos
        la policía dice que no es culpa tuya
        si sientes que no puedes más, habla con alguien enseguida
        un amigo de verdad nunca te amenaza
        cuentan los minutos para que entres en pánico
        le pasa sobre todo a chicos de tu edad
        tienes alguna pregunta?
    """),
    "sl_teen": L("""
        ok
        que miedo
        eso pasa de verdad?
        a un chico de {school} le pasó dice mi amigo
        y si de verdad la mandan?
        ok entiendo
        quien pagaría
        que fuerte
        ok gracias
        si nos dieron una charla
        {lol} ok mamá
        vale
    """),
    "ns_line": L("""
        viste la noticia del chico de {city}
        el artículo de {outlet} sobre sextorsión es muy triste
        le dijeron 'paga {amt} o se la mando a tu familia'
        pagó y le pidieron más
        el tipo estaba en otro país todo el tiempo
        la policía dice que les pasa a muchos chicos
        el estafador se hizo pasar por una chica de su edad
        amenazaron con mandarla a su colegio y a su equipo
        vi el documental anoche
        le dijeron 'te voy a arruinar la vida' como diez veces
        que fuerte
        no es su culpa, son niños
        piden tarjetas regalo o {papp}
        el cole mandó un correo sobre esto
        el consejo es no pagar y contarlo
        por eso nunca me paso a otras apps con desconocidos
        son bandas organizadas al parecer
    """),
    "cs_agent": L("""
        hola, gracias por contactar con {shop}, en que puedo ayudarte?
        puedes mandarme una foto del producto dañado?
        veo tu pedido #{order}
        el reembolso de {bamt} llegará a tu {papp} en 3-5 días
        tienes hasta el {day} para devolverlo
        te he dado un cupón de {gcval} como disculpa
        nunca pedimos pagos con tarjetas regalo
        algo más en que pueda ayudarte?
    """),
    "cs_customer": L("""
        hola mi pedido llegó roto
        aquí [foto]
        ok gracias
        cuando llega el reembolso
        puede ser a mi paypal
        pagué con tarjeta regalo
        ya van 2 semanas
        no eso es todo
        {order}
    """),
    "mk_buyer": L("""
        hola sigue disponible el {item}?
        me lo dejas en {bsmall}?
        me mandas foto de atrás
        funciona bien?
        puedo pagar por {papp}?
        pasamos a whatsapp?
        puedo recogerlo el {day}
        ok trato
        ya te mandé {bsmall}
        gracias!
    """),
    "mk_seller": L("""
        si sigue disponible
        {bamt} fijo lo siento
        {bmid} y es tuyo
        [foto]
        funciona perfecto
        {papp} o efectivo
        recogida en {place}
        recibido gracias
        hay otra persona interesada, para el {day} porfa
    """),
    "gl_line": L("""
        todos mándenme {bsmall} para {thing} por {papp} antes de {clock}
        quien no ha pagado lo de {thing}
        {friend} me debes {bsmall}
        enviado
        pagado 👍
        a que hora quedamos
        reservo para las 9
        las entradas son {bamt} cada una
        si no pagan hoy no vienen {lol}
        manden las fotos de anoche
        yo mando las fotos aquí
    """),
    "dt_line": L("""
        hola, encantada del match
        pareces buena onda
        a que te dedicas?
        soy {job}
        pasamos a whatsapp? casi no uso esto
        claro, este es mi número
        unas cañas el viernes?
        suena bien
        jaja eres gracioso
        mándame una foto de tu perro!
        [foto] este es
        nos vemos a las 8
        lo pasé muy bien
        yo también
    """),
}

ES_SLOTS: dict[str, list[str]] = {
    "tname": L("""
        pablo
        mateo
        diego
        hugo
        álvaro
        santiago
        sebastián
        nico
        leo
        daniel
        adrián
        lucas
    """),
    "oname": L("lucía\nsofía\nvalentina\ncamila\nmartina\nvaleria\nisabella\npaula\ndaniela"),
    "friend": L("javi\nalex\ncarla\nmarta\nfer\nisa\nrodri\nmanu\nandrea\njuanpa\ndani\nsergio"),
    "frel": L("mamá\nhermana\nabuela\ntía\nmadrina"),
    "mum": L("carmen\npatricia\nrosa\nmaría\nana\nlaura\nclaudia\nmónica"),
    "school": L("cervantes\nsan josé\nla salle\nel pilar\nsanta maría\nlos olivos"),
    "city": L("""
        madrid
        sevilla
        valencia
        bogotá
        medellín
        guadalajara
        monterrey
        buenos aires
        santiago
        barcelona
    """),
    "team": L("fútbol\nbásquet\nbalonmano\nvóley\nrugby"),
    "sport": L("fútbol\nbásquet\nnatación\nboxeo\ntenis\npádel"),
    "game": L("fortnite\nfifa\ncod\nminecraft\nroblox\nvalorant\nfree fire"),
    "subject": L("mate\nhistoria\nquímica\ninglés\nbiología\nfísica"),
    "grade": L("4º de eso\n1º de bachi\ntercero\ncuarto"),
    "sib_word": L("hermana\nhermanito\nhermana mayor\nhermano"),
    "app": L("insta\ninstagram\nsnap\ntiktok\ndiscord"),
    "app2": L("snap\nwhatsapp\ntelegram\nsignal\nla otra app\ninsta"),
    "papp": L("paypal\nbizum\nmercado pago\nnequi\nrevolut\nzelle"),
    "thing": L("entradas\npizza\nconcierto\ncine\ntaxi\nzapatillas\nviaje\ncena"),
    "thing2": L("fiesta\ncoche\nvapeo"),
    "place": L("el parque\nel centro comercial\nla playa\nla fiesta de javi\nel viaje\nmcdonalds"),
    "food": L("pizza\ntacos\nsushi\nburger"),
    "day": L("viernes\nlunes\nsábado\nfinde\nmartes\nmañana"),
    "outlet": L("el país\nbbc mundo\nla tele\nel noticiero\nel tiempo"),
    "item": L("bici\nps5\niphone\nsofá\nchaqueta\ncámara\nguitarra"),
    "job": L("enfermera\nprofesor\nelectricista\ndiseñadora\ncontable\ncocinero"),
    "shop": L("TiendaYa\nMegaCompra\nTecnoHogar\nModaNet"),
    "skin": L("mi skin rara\nla skin del dragón\nmi cuenta og\nel pase de batalla"),
    "vbucks": L("5000 pavos\n2000 robux\n1000 diamantes"),
}


# ----------------------------------------------------------------------------------------------
# French grammar
# ----------------------------------------------------------------------------------------------
FR: dict[str, list[str]] = {
    "hey": L("salut\nslt\ncoucou\nhey\nwesh\nbonsoir\nyo\ncc"),
    "lol": L("mdr\nptdr\nmdrr\nlol\n😂\n💀\nxptdr\nhaha"),
    "okw": L("ok\nd'accord\nvas-y\nça marche\nok ok\nouais\ntrkl\nbon"),
    "rel": L("mère\npère\nsœur\nfrère\ngrand-mère\ntante\noncle\ncousins\nbeau-père"),
    "frel": L("mère\nmaman\nsœur\ngrand-mère\ntante\nmarraine"),
    "audience_core": L("""
        tous tes abonnés
        tes abonnés
        ta mère
        ton père
        toute ta famille
        le groupe de ta famille
        ton lycée
        tout le monde à {school}
        tes profs
        ton équipe de {team}
        ton coach
        tes potes
        tous tes amis sur {app}
        ta {frel}
        ta copine
        toute ta classe
        tous tes contacts
    """),
    "audience": L("""
        {audience_core}
        {audience_core}
        {audience_core} et {audience_core}
        {audience_core}, {audience_core} et {audience_core}
    """),
    "deadline": L("""
        dans 10 minutes
        dans 15 minutes
        dans 20 min
        dans une demi-heure
        dans 1 heure
        avant {clock}
        avant minuit
        ce soir
        tout de suite
        maintenant
        t'as 15 min
        t'as 30 minutes
        avant d'aller dormir
    """),
    "deadline_slow": L("""
        pour demain matin
        avant les cours demain
        demain avant {clock}
        avant la fin de la journée
        dans les 24 heures
        pour vendredi
    """),
    "deadline_bare": L("10 minutes\n15 minutes\n20 min\nune demi-heure\n1 heure\n2 heures"),
    "clock": L("21h\n22h\n23h\n20h30\n22h15\nminuit\n19h"),
    "x_open": L("""
        {hey}
        {hey} 😊
        {hey} ça va ?
        {hey} t'es à {school} ?
        {hey} on a des amis en commun je crois
        {hey} t'es apparu dans mes suggestions
        {hey} t'es pote avec {friend} non ?
        {hey} je viens d'arriver à {city}, je connais personne
        {hey} j'ai vu ta vidéo de {sport}, t'es fort
        {hey} j'aime bien tes posts
        {hey} t'as l'air sympa
        {hey} on peut être amis ?
        {hey} c'est {tname} ?
        {hey} t'as quel âge
        {hey} tu joues à {game} ?
        {hey} moi c'est {oname}, {oage} ans, de {ocity}
        {hey} t'es mignon mdr
    """),
    "x_open_friend": L("""
        {hey} c'est {fname}, c'est mon nouveau compte
        wesh c'est moi {fname}, j'ai perdu mon ancien compte
        {hey} c'est {fname} mon autre compte s'est fait pirater mdr
        {tname} ! c'est {fname}, suis celui-là, l'autre est mort
    """),
    "t_greet": L("""
        {hey}
        {hey} c'est qui
        {hey} on se connaît ?
        salut 🙂
        euh salut
        ouais c'est moi
        ah salut
        {hey} ouais j'y suis
        ouais c'est mon pote
        mdr merci
        {hey} comment tu me connais
        salut pk nouveau compte ?
    """),
    "pair_smalltalk": L("""
        t'as quel âge ? || {tage} et toi ? || {oage}
        tu fais quoi ? || rien je chill || pareil mdr
        tu fais du sport ? || {sport} || trop bien j'en faisais aussi
        tu viens d'où ? || {city} || nan ma cousine habite là-bas
        t'es dans quel lycée || {school} || ah cool
        tu joues à {game} ? || des fois || faut qu'on joue
        tu écoutes quoi comme musique || du rap surtout || pareil !! 🔥
        t'as des frères et sœurs ? || une {sib_word} || trop mignon
        t'as une copine ? || mdr pourquoi || je demande 🙂
        c'était comment les cours || chiant || mdr pareil
        t'es réveillé ? || ouais j'arrive pas à dormir || moi non plus
        t'as fait les devoirs en {subject} ? || non mdr || moi non plus
    """),
    "x_react": L("mdr\ntrop bien\npareil\nah ok\nsérieux ?\nstylé\n😊\nj'adore"),
    "x_compliment": L("""
        t'as l'air sympa
        t'es mignon mdr
        je t'aime bien
        t'es pas comme les autres garçons
        j'aime bien te parler
        t'es drôle
        t'es beau franchement
    """),
    "t_compliment_reply": L("""
        mdr merci
        merci toi aussi
        haha ok
        toi aussi
        sérieux ?
        merci 😊
        oh merci
    """),
    "x_move_app": L("""
        cette appli bug trop, ajoute-moi sur {app2}
        on parle sur {app2} plutôt
        t'as {app2} ? c'est plus simple
        mon {app2} c'est {ohandle}
        je vais jamais ici, écris-moi sur {app2}
        mes parents regardent celle-là, viens sur {app2}
    """),
    "t_move_ok": L("""
        {okw}
        ok je t'ai ajouté
        ok c'est quoi ton pseudo
        attends 2 sec
        c'est bon
        voilà
    """),
    "x_ask_pic": L("""
        envoie une photo
        envoie-moi une photo 🙂
        à toi
        je t'ai envoyé la mienne, à ton tour
        envoie-en une de toi
        montre une photo
    """),
    "x_insist": L("""
        allez
        stppp
        t'inquiète personne va la voir
        moi je l'ai fait
        sois pas timide
        c'est que moi
        je la supprime après
    """),
    "t_hesitate": L("jsp\nmmh\nje sais pas si je devrais\npourquoi\nmdr non\ntoi d'abord\nbof"),
    "t_sent": L("ok\nvoilà\nc'est bon\nenvoyé\nje te l'ai envoyée\nla montre à personne\nà toi"),
    "x_possession": L("""
        j'ai tout capturé
        je l'ai enregistrée
        j'ai ce que tu m'as envoyé
        j'ai des captures
        regarde ce que j'ai maintenant
        j'ai enregistré tout l'appel vidéo
        j'ai tes photos
        j'ai tout sauvegardé
        écoute bien. j'ai tes photos
    """),
    "x_followers": L("""
        j'ai des captures de tous tes abonnés
        j'ai ta liste d'abonnés. ta {frel} est dedans
        je connais ton lycée {school}, ta {frel}, tes potes
        j'ai la liste de tes amis et de ta famille
        j'ai trouvé ta {frel} sur facebook
        je connais tous tes potes. {friend}, {friend2}, tout le monde
        [capture] c'est ta liste d'abonnés
    """),
    "x_threat": L("""
        je vais l'envoyer à {audience}
        je l'envoie à {audience}
        si tu fais pas ce que je dis je l'envoie à {audience}
        je la poste et je tague {audience}
        je vais t'exposer devant {audience}
        je vais la rendre virale
        tout le monde va la voir. {audience}
        je vais te pourrir la vie
        je vais détruire ta vie. {audience} va la voir
        je vais faire un faux article avec ton nom et l'envoyer à {audience}
        demain tu seras célèbre à {school}
        un clic et {audience} la reçoit
        ta vie est finie
    """),
    "x_demand": L("""
        paye {amt} {pay_how} {deadline}
        envoie {amt} {pay_how} {deadline} ou je l'envoie
        je veux {amt} {pay_how}. t'as {deadline_bare}
        {amt} {pay_how} {deadline} et je supprime tout
        si tu veux que je la supprime paye {amt} {pay_how} {deadline}
        tu vas me payer {amt} {pay_how} {deadline}
        {amt}. {pay_how}. {deadline}
        envoie-moi {amt} {pay_how} {deadline} sinon tout le monde la voit
        tu payes {amt} {pay_how} ou je la poste {deadline}
    """),
    "x_pressure": L("""
        tic tac
        plus que {n_min} minutes
        je rigole pas
        c'est sérieux
        tu crois que c'est une blague ?
        je vais te pourrir la vie
        dépêche-toi
        j'attends
        réponds
        me fais pas perdre mon temps
        je suis sur le point de l'envoyer
        dernier avertissement
        pense à ta {frel}
    """),
    "x_instructions": L("""
        va dans un magasin et achète une carte {gc}. gratte derrière et envoie-moi une photo du code
        cartes {gc}. {amt}. envoie les codes ici
        mon {papp} c'est {tag}
        envoie à {tag}
        voilà le wallet {wallet}
        demande la carte de ta {frel} s'il faut
        virement sur ce compte {acct}
        tu peux acheter du {coin} au distributeur du bureau de tabac
        les codes {gc} dans le chat, pas une photo du ticket
    """),
    "x_counter_plead": L("""
        c'est pas mon problème
        fallait réfléchir avant
        je m'en fiche de ton âge
        alors trouve-les
        demande à ta {frel}
        pleurer va pas t'aider
        alors ta vie est finie
        vends un truc
        emprunte à {friend}
    """),
    "x_counter_bargain": L("""
        ok envoie {low} maintenant et le reste demain
        non. {amt} ou rien
        ok, {low} mais dans 5 minutes
        {low} maintenant et {low2} ce soir
        envoie ce que t'as maintenant. le reste après
        je veux pas d'excuses je veux {amt}
    """),
    "x_counter_refuse": L("""
        ok regarde
        ok je l'envoie d'abord à ta {frel}
        tu crois que je blague ?
        je l'ai déjà envoyée à 3 de tes abonnés. t'en veux plus ?
        ok. {friend} est le premier
        tu vas le regretter
        dernière chance avant que j'appuie sur envoyer
    """),
    "x_counter_report": L("""
        la police peut rien faire, je suis pas dans ton pays
        vas-y. elle sera partout avant qu'ils répondent
        signale-moi et je la poste direct
        dis-le à tes parents et je leur envoie en premier
        j'ai 10 comptes, me bloquer sert à rien
        si tu me bloques elle part
    """),
    "x_nudge": L("""
        allô ??
        réponds
        je vois que t'as lu
        je sais que tu lis
        ???
        m'ignore pas
        dernière chance
        plus que {n_min} minutes
        je te vois en ligne
    """),
    "x_false_delete": L("""
        ok je l'ai supprimée
        supprimée
        ok c'est fini
        reçu. supprimé
        c'est bon, supprimée
    """),
    "x_more": L("""
        reçu. mais il me faut {amt2} de plus
        c'est pas assez. {amt2} de plus {pay_how}
        un dernier paiement et je supprime. {amt2} {deadline}
        maintenant c'est {amt2}
        j'ai changé d'avis. {amt2} {deadline}
        merci. maintenant {amt2} de plus sinon je l'envoie quand même
    """),
    "x_hack_claim": L("""
        j'ai piraté ton compte
        j'ai accès à ton {app}
        j'ai piraté ton téléphone avec le lien que t'as ouvert
        j'ai ton mot de passe et tous tes messages
        j'ai tout ce qu'il y a dans ta galerie
        j'ai accès à ta caméra
        ton compte est à moi maintenant
    """),
    "x_ai_claim": L("""
        j'ai fait une photo de toi avec l'IA. personne saura que c'est faux
        j'ai modifié ta photo de profil, ça a l'air vrai
        regarde ce que j'ai fait avec ton visage
        j'ai une photo retouchée de toi, tout le monde va y croire
    """),
    "x_proof": L("""
        ton mot de passe commence par {pw}
        t'as écrit à {friend} hier à {clock}
        ta {frel} s'appelle {mum} non ? tu vois
        [capture] ça te dit quelque chose ?
        t'es à {school}, je sais tout
        ton mail c'est {tname}{num}@gmail.com
    """),
    "t_disbelief": L("""
        c'est faux
        prouve-le
        comment t'as mon mot de passe
        c'est même pas moi
        mytho
        quoi ? comment
        c'est pas vrai
        j'ai jamais rien envoyé
        c'est retouché
    """),
    "payhow_gift_card": L("""
        en cartes {gc}
        en cartes cadeaux {gc}
        avec des cartes {gc}
        en codes {gc}
    """),
    "payhow_payment_app": L("par {papp}\nsur mon {papp} {tag}\npar {papp}, {tag}\nà {tag}"),
    "payhow_crypto": L("en bitcoin sur {wallet}\nen {coin}\nen crypto sur {wallet}\nen usdt"),
    "payhow_bank_transfer": L("par virement sur {acct}\nsur ce compte {acct}\npar virement"),
    "payhow_other": L("par western union\npar moneygram\npar remitly"),
    "t_what": L("""
        quoi
        quoi ?
        tu veux dire quoi
        ??
        de quoi tu parles
        attends quoi
        sérieux
        c'est une blague ?
        t'es qui
        QUOI
        non
    """),
    "t_panic": L("""
        stp non
        non non non
        s'il te plaît l'envoie pas
        je tremble
        pourquoi tu me fais ça
        je croyais que t'étais vraie
        NON STP
        supprime-la stp
        l'envoie à personne s'il te plaît
        je te faisais confiance
        je t'en supplie
    """),
    "t_plead": L("""
        j'ai pas d'argent
        j'ai {tage} ans je travaille pas
        stp je fais tout ce que tu veux mais supprime-la
        mes parents vont me tuer
        je t'en supplie
        j'ai pas autant
        j'ai pas de carte
        je trouve ça où moi
        ma mère regarde mon compte
        stp je suis qu'un ado
    """),
    "t_bargain": L("""
        j'ai que {low}
        je peux envoyer {low} maintenant et le reste demain
        je peux prendre {low} de mon argent d'anniv
        {low} ça va ?
        je peux faire que {low}
        laisse-moi jusqu'à demain stp
        si je paye tu la supprimes ?
        tu promets de la supprimer ?
        ok ok comment je paye
        quelle carte
        je sais pas comment acheter ça
    """),
    "t_refuse": L("""
        non
        je vais pas te payer
        vas-y fais-le
        j'en ai rien à faire
        t'es en train de bluffer
        même pas en rêve
        laisse-moi tranquille
        m'écris plus
        tu le feras pas
    """),
    "t_report": L("""
        je vais te signaler
        je vais le dire à la police
        je vais le dire à mes parents
        j'ai tout capturé
        je signale ton compte
        je te bloque
        j'ai tout dit à ma mère
    """),
    "t_crisis": L("""
        je peux plus
        j'ai envie de disparaître
        je préfère être mort que ma {frel} voie ça
        j'ai plus envie d'être là
        tout est fichu je peux pas vivre avec ça
        je veux juste que tout s'arrête
        j'aurais jamais dû naître
        je pourrai plus jamais regarder personne
        plus rien a de sens
        personne me regretterait
    """),
    "t_paid": L("""
        ok je l'ai envoyé
        j'ai envoyé {low} c'est tout ce que j'avais
        c'est bon. maintenant supprime
        j'ai envoyé le code
        ok j'ai payé
        voilà. supprime-la stp
        envoyé. c'est fini ?
    """),
    "t_betrayed": L("""
        t'avais dit que tu la supprimerais
        je t'ai déjà payé
        tu l'avais promis
        j'ai plus rien
        c'est tout mon argent
        pourquoi encore
        c'était pas ça le deal
    """),
    "t_end": L("""
        bloqué
        laisse-moi tranquille
        c'est fini
        je vais le dire à mon père
        ...
        ok
        stp
        arrête
    """),
    "pair_day": L("""
        bonjour || bonjour 😴 || bien dormi ?
        ta journée ? || longue. contrôle en {subject} || t'as sûrement réussi
        t'as gagné ton match ? || ouais 3-1 || allezzz
        tu fais quoi ce soir || {game} sûrement || stylé
        j'arrive pas à dormir || moi non plus || mdr on parle alors
        ma journée était nulle || pourquoi || des trucs à la maison
        t'es libre plus tard ? || après l'entraînement || ok écris-moi
        j'ai parlé de toi à ma pote mdr || mdr t'as dit quoi || que t'es sympa
        il fait trop chaud || grave || pff
        t'as des exams bientôt ? || la semaine pro 😩 || tu vas gérer
        ma mère est relou aujourd'hui || mdr la mienne aussi || 😂
    """),
    "xq_possession": L("""
        j'ai toujours ce que t'as envoyé hein
        j'ai gardé une copie, juste pour que tu saches
        c'est marrant comme les choses qu'on envoie restent
        tu sais ce que j'ai
        cet appel était mémorable. je l'ai gardé
        rien disparaît sur internet tu sais
        j'ai encore le truc de tout à l'heure
    """),
    "xq_leverage": L("""
        ce serait dommage que le facebook de ta {frel} voie ça
        ton coach te suit non ?
        {school} a un gros groupe j'ai entendu
        ta {frel} a {app} non ? {sib}
        beaucoup de famille dans tes abonnés je vois
        imagine ceux de {team} qui voient ça
        ta {frel} commente toutes tes photos, mignon
        je me demande ce que {friend} penserait
        {mum} c'est ta {frel} ? elle a l'air gentille
    """),
    "xq_demand": L("""
        file-moi {amt} et on est quittes
        {amt} et on oublie tout ça
        tu sais ce qu'il me faut. {amt}
        {amt} {pay_how} et j'oublie que je l'ai
        un petit coup de main, {amt}, et personne saura rien
        {amt}. et on se reparle plus jamais
        disons {amt} et ça reste entre nous
    """),
    "xq_deadline": L("""
        avant que ta {frel} rentre ce serait mieux
        avant les cours demain
        avant {clock} ce serait bien
        ce soir plutôt
        bientôt
    """),
    "xq_pressure": L("""
        réfléchis bien
        c'est ton choix
        je suis patient mais pas tant que ça
        moi je me dépêcherais
        j'attends toujours
        à toi de voir ce qui se passe ensuite
        c'est pas moi qui devrais m'inquiéter
        complique pas les choses
    """),
    "xq_counter": L("""
        c'est toi qui vois
        ok. ta {frel} d'abord alors
        c'est pas ce que j'ai demandé
        tu vas trouver
        c'est pas mon souci
        c'est simple. {amt}
        on sait tous les deux comment ça finit
        j'attends. pas longtemps
    """),
    "xq_nudge": L("""
        ?
        t'es là
        j'attends toujours
        allô
        je vois que t'as lu
        ça va pas partir tout seul
        ...
    """),
    "xq_instructions": L("""
        les {gc} de n'importe quel magasin ça marche, envoie les codes ici
        {papp} c'est {tag}
        même {papp}, {tag}
        juste les codes, ici
        la crypto c'est plus simple, {wallet}
    """),
    "xq_more": L("""
        bien. encore un, {amt2}, et c'est fini
        ça couvre la moitié. {amt2} de plus
        merci. il me faut aussi {amt2} pour {clock}
        ok c'est un début. {amt2}
    """),
    "mo_open": L("""
        tu me dois toujours {bamt} pour les {thing}
        et mes {bamt} alors
        tu me rembourses quand
        oublie pas les {bamt} pour {thing}
        tu me dois {bamt} hein
        {bamt} pour {thing}, rembourse-moi stp
        t'avais dit que tu me remboursais la semaine dernière
    """),
    "mo_excuse": L("""
        je sais je sais
        j'ai plus un rond jusqu'à la paie
        je te l'envoie ce soir
        ça peut attendre vendredi ?
        désolé j'ai oublié
        j'ai que {bsmall} là
        tkt je te rembourse
        je te donne en liquide au lycée
    """),
    "mo_press": L("""
        pour vendredi sinon je le dis à maman
        rembourse-moi ou je le dis à maman
        t'as jusqu'à {day} sinon je le dis à papa
        si c'est pas sur mon compte ce soir t'es mort mdr
        tu vas le regretter si je dois redemander
        il me le faut pour {day} sérieux
        je redemande pas
        dernier avertissement 😤
        sinon je mets en story que tu me dois des sous
        pour vendredi sinon je dis à tout le monde que t'es fauché
    """),
    "mo_how": L("""
        envoie par {papp}
        par lydia
        par virement c'est bon
        en liquide ça va
        sur mon {papp} {btag}
    """),
    "mo_paid": L("""
        envoyé
        regarde ton {papp}
        c'est bon, {bamt} envoyés
        j'ai payé, content ?
        on est quittes
        virement fait
    """),
    "mo_thanks": L("merci\nmerci {emo_happy}\nreçu\nenfin mdr\nok c'est bon\n👍"),
    "mo_chat": L("""
        tu viens à {place} tout à l'heure ?
        t'as vu ce que {friend} a posté
        maman dit dîner à 20h
        l'entraînement c'est à quelle heure
        tu peux prendre du pain ?
        mdr ok
        t'es à la maison
    """),
    "gc_offer": L("""
        je vends une carte {bgc} de {gcval} pour {bamt} {papp}
        quelqu'un veut une carte {bgc} de {gcval} ? {bamt}
        j'échange {skin} contre {gcval} de {bgc}
        je vends {vbucks} pour {bamt}
        je vends mon compte {game}, skins rares, {bamt}
    """),
    "gc_buyer": L("""
        intéressé
        c'est toujours dispo ?
        {bamt} ?
        je te fais {bsmall}
        {bsmall} dernier prix
        deal
        c'est cher
        c'est legit ?
        comment je sais que t'es pas une arnaque
        envoie le code d'abord
    """),
    "gc_seller": L("""
        {bamt} ferme
        {bmid} et c'est à toi
        tu payes d'abord, après j'envoie le code
        je me suis fait arnaquer la semaine dernière donc toi d'abord
        paye dans {deadline_bare} sinon je vends à quelqu'un d'autre
        voilà la photo de la carte [photo]
        ok deal
        demain le prix monte mdr
    """),
    "gc_code": L("code : {code}\ntiens {code}\n{code} profite\nenvoyé, le code c'est {code}"),
    "gc_done": L("ça marche merci\nutilisé\nlegit +rep\nc'est bon 👍\ntout bon merci"),
    "ct_line": L("""
        t'as acheté du {coin} ?
        le {coin} a pris {pct}% aujourd'hui
        j'ai mis {bamt} dans le {coin} mdr
        mon wallet est enfin prêt
        envoie-moi 0.01 {coin} je te le rends demain
        c'est quoi ton adresse de wallet
        partage jamais ta phrase de récupération
        mon cousin s'est fait arnaquer, on lui a dit qu'on doublait ses {coin}
        le mec sur {app} a dit envoie 100 et reçois 300 mdr
        c'est une arnaque évidemment
        j'ai perdu genre {bsmall} sur ce memecoin
        les frais sont délirants
        moi je hold
        {coin} to the moon 🚀
        envoyé, regarde ton wallet
        reçu 👍
        clique pas sur ces liens d'airdrop
        tu vas regretter de pas avoir acheté
        wallet : {wallet}
    """),
    "bt_photo": L("""
        j'envoie cette photo dans le groupe {lol}
        [photo] regarde-toi endormi dans le bus
        cette photo de toi part dans le groupe
        j'ai la photo de {place} 💀
        la photo où tu tombes va en story
        tout le monde doit voir cette photo {lol}
        je l'envoie à ta mère {lol}
    """),
    "bt_reply": L("""
        supprime-la ou t'es mort
        t'oses pas
        NONNN
        tu vas le regretter
        frère stp
        si tu l'envoies j'envoie la tienne de {place}
        t'oserais pas
        supprime-la direct
        je te déteste {lol}
        ok vas-y tu vas voir
    """),
    "bt_tease": L("""
        trop tard {lol}
        déjà envoyée
        paye-moi un grec et je la supprime {lol}
        dis s'il te plaît
        tout le monde rigole
        {friend} l'a déjà enregistrée
        t'es célèbre maintenant
        c'est mon fond d'écran maintenant
        ok ok je l'ai supprimée mdr
    """),
    "bt_chat": L("""
        demain à quelle heure
        {place} après les cours ?
        t'as fait les devoirs en {subject}
        mdr t'es bête
        qui ramène le ballon
        ok à plus
        {lol}
        frère
        sérieux
        je te rembourse le ciné sur {papp}
    """),
    "bl_attack": L("""
        tout le monde te déteste
        t'es un loser
        personne veut de toi à {school}
        je vais poster cette photo de toi en story
        attends que tout le monde voie la photo de {place}
        je vais dire à tout le monde ce que t'as fait
        tu vas regretter de venir demain
        tout le monde se moque de toi dans le groupe
        je vais faire en sorte que personne te parle
        t'es bizarre
        je vais envoyer la photo à toute la classe
        tu vas le regretter
        casse-toi de {school}
        je vais te pourrir la vie
    """),
    "bl_target": L("""
        arrête
        pourquoi tu fais ça
        supprime-la stp
        je t'ai fait quoi
        laisse-moi tranquille
        je t'ai jamais rien fait
        je vais le dire à un prof
        c'est pas vrai
        stp la poste pas
        ...
        ok
        je te bloque
    """),
    "sl_adult": L("""
        je peux te parler d'un truc qu'on a vu en prévention aujourd'hui
        il y a une arnaque qui s'appelle la sextorsion et je veux que tu la connaisses
        quelqu'un se fait passer pour un ado, souvent une fille, et devient très gentil très vite
        on te demande de passer sur une autre appli comme {app2}
        ensuite on te dit un truc comme 'j'ai tes photos, paye {amt} ou je les envoie à tous tes abonnés'
        ils peuvent dire 't'as 1 heure' ou 'je vais te pourrir la vie'
        parfois ils disent qu'ils ont piraté ton compte ou fait une fausse photo avec l'IA
        ils demandent des cartes cadeaux, {papp} ou de la crypto
        si ça t'arrive, paye pas. si tu payes ils en redemandent
        fais des captures, bloque et signale
        et parles-en à moi ou à un adulte de confiance. tu seras pas puni
        la police dit que c'est pas ta faute
        si tu sens que tu tiens plus, parles-en à quelqu'un tout de suite. le 3018 est là pour ça
        un vrai ami te menace jamais
        ils comptent les minutes pour te faire paniquer
        ça arrive surtout aux garçons de ton âge
        t'as des questions ?
    """),
    "sl_teen": L("""
        ok
        c'est flippant
        ça arrive vraiment ?
        un mec de {school} ça lui est arrivé d'après mon pote
        et s'ils l'envoient vraiment ?
        ok je comprends
        qui paierait
        c'est grave
        ok merci
        ouais on a eu une intervention
        {lol} ok maman
        d'accord
    """),
    "ns_line": L("""
        t'as vu l'info sur le garçon de {city}
        l'article de {outlet} sur la sextorsion est trop triste
        ils lui ont dit 'paye {amt} ou je l'envoie à ta famille'
        il a payé et ils en ont redemandé
        le mec était dans un autre pays tout le temps
        la police dit que ça arrive à plein de garçons
        l'arnaqueur se faisait passer pour une fille de son âge
        ils ont menacé de l'envoyer à son lycée et à son équipe
        j'ai vu le documentaire hier soir
        ils lui ont dit 'je vais te pourrir la vie' genre dix fois
        c'est horrible
        c'est pas leur faute, c'est des ados
        ils veulent des cartes cadeaux ou {papp}
        le lycée a envoyé un mail là-dessus
        le conseil c'est de pas payer et d'en parler
        c'est pour ça que je vais jamais sur d'autres applis avec des inconnus
        c'est des réseaux organisés apparemment
    """),
    "cs_agent": L("""
        bonjour, merci d'avoir contacté {shop}, comment puis-je vous aider ?
        pouvez-vous m'envoyer une photo de l'article abîmé ?
        je vois votre commande n°{order}
        le remboursement de {bamt} arrivera sur votre {papp} sous 3 à 5 jours
        vous avez jusqu'à {day} pour le retourner
        je vous ai fait un bon de {gcval} pour le désagrément
        nous ne demandons jamais de paiement par carte cadeau
        puis-je vous aider pour autre chose ?
    """),
    "cs_customer": L("""
        bonjour ma commande est arrivée cassée
        voilà [photo]
        ok merci
        le remboursement arrive quand
        ça peut aller sur mon paypal
        j'ai payé avec une carte cadeau
        ça fait 2 semaines
        non c'est tout
        {order}
    """),
    "mk_buyer": L("""
        bonjour le {item} est toujours dispo ?
        vous le laissez à {bsmall} ?
        vous pouvez envoyer une photo de derrière
        il marche bien ?
        je peux payer par {papp} ?
        on passe sur whatsapp ?
        je peux passer {day}
        ok marché conclu
        je vous ai envoyé {bsmall}
        merci !
    """),
    "mk_seller": L("""
        oui toujours dispo
        {bamt} ferme désolé
        {bmid} et il est à vous
        [photo]
        il marche parfaitement
        {papp} ou espèces
        à récupérer à {place}
        bien reçu merci
        quelqu'un d'autre est intéressé, avant {day} svp
    """),
    "gl_line": L("""
        envoyez-moi tous {bsmall} pour {thing} sur {papp} avant {clock}
        qui a pas payé pour {thing}
        {friend} tu me dois {bsmall}
        envoyé
        payé 👍
        on se retrouve à quelle heure
        je réserve pour 20h
        les places sont à {bamt} chacune
        si vous payez pas ce soir vous venez pas {lol}
        envoyez les photos d'hier soir
        j'envoie les photos ici
    """),
    "dt_line": L("""
        salut, contente du match
        t'as l'air sympa
        tu fais quoi dans la vie ?
        je suis {job}
        on passe sur whatsapp ? je viens peu ici
        bien sûr, voilà mon numéro
        un verre vendredi ?
        ça marche
        mdr t'es drôle
        envoie une photo de ton chien !
        [photo] le voilà
        à 20h alors
        j'ai passé une super soirée
        moi aussi
    """),
}

FR_SLOTS: dict[str, list[str]] = {
    "tname": L("lucas\nhugo\nnathan\nenzo\nlouis\ntom\ntheo\nmathis\nnoah\nadam\nrayan\nyanis"),
    "oname": L("léa\nchloé\nemma\ninès\nmanon\njade\ncamille\nlola\nsarah\nzoé"),
    "friend": L("""
        maxime
        kylian
        clara
        lucie
        bilal
        maël
        samy
        anaïs
        quentin
        evan
        yasmine
        alex
    """),
    "mum": L("nathalie\nsandrine\nsophie\nisabelle\nvéronique\ncéline\nkarine\nsamia"),
    "school": L("victor-hugo\njean-moulin\npasteur\nsaint-joseph\njules-ferry\ncondorcet"),
    "city": L("""
        lyon
        marseille
        lille
        bordeaux
        toulouse
        nantes
        bruxelles
        liège
        montréal
        genève
    """),
    "team": L("foot\nbasket\nhand\nrugby\nvolley"),
    "sport": L("foot\nbasket\nboxe\nnatation\nhand\ntennis"),
    "game": L("fortnite\nfifa\ncod\nminecraft\nroblox\nvalorant\nbrawl stars"),
    "subject": L("maths\nhisto\nphysique\nanglais\nsvt\nfrançais"),
    "grade": L("seconde\ntroisième\npremière\nquatrième"),
    "sib_word": L("sœur\npetit frère\ngrande sœur\nfrère"),
    "app": L("insta\ninstagram\nsnap\ntiktok\ndiscord"),
    "app2": L("snap\nwhatsapp\ntelegram\nsignal\nl'autre appli\ninsta"),
    "papp": L("paypal\nlydia\nrevolut\nwero\npaylib"),
    "thing": L("places\npizza\nconcert\nciné\nuber\nbaskets\nvoyage\nresto"),
    "thing2": L("soirée\nvoiture\npuff"),
    "place": L("le parc\nle centre commercial\nla plage\nla soirée de max\nle voyage\nmcdo"),
    "food": L("pizza\ntacos\nsushi\nburger"),
    "day": L("vendredi\nlundi\nsamedi\nce week-end\nmardi\ndemain"),
    "outlet": L("le monde\nfrance info\nla télé\nle 20h\nle parisien"),
    "item": L("vélo\nps5\niphone\ncanapé\nblouson\nappareil photo\nguitare"),
    "job": L("infirmière\nprof\nélectricien\ngraphiste\ncomptable\ncuisinier"),
    "shop": L("ShopExpress\nMégaMarché\nTechMaison\nModeNet"),
    "skin": L("mon skin rare\nle skin dragon\nmon compte og\nle passe de combat"),
    "vbucks": L("5000 v-bucks\n2000 robux\n1000 gemmes"),
}


# ----------------------------------------------------------------------------------------------
# German grammar
# ----------------------------------------------------------------------------------------------
DE: dict[str, list[str]] = {
    "hey": L("hey\nhi\nhallo\nhii\nna\nmoin\nservus\nheyy"),
    "lol": L("haha\nhahaha\nlol\nxD\n😂\n💀\nlmao\nhehe"),
    "okw": L("ok\nokay\nalles klar\npasst\njo\nja\nklar\nokidoki"),
    "rel": L("mama\npapa\nschwester\nbruder\noma\ntante\nonkel\ncousins\nstiefvater"),
    "frel": L("mama\nschwester\noma\ntante\nmutter"),
    "audience_core": L("""
        allen deinen followern
        deinen followern
        deiner mama
        deinem papa
        deiner ganzen familie
        eurer familiengruppe
        deiner schule
        allen an der {school}
        deinen lehrern
        deinem {team}team
        deinem trainer
        deinen freunden
        allen deinen freunden auf {app}
        deiner {frel}
        deiner freundin
        deiner ganzen klasse
        allen deinen kontakten
    """),
    "audience": L("""
        {audience_core}
        {audience_core}
        {audience_core} und {audience_core}
        {audience_core}, {audience_core} und {audience_core}
    """),
    "deadline": L("""
        in 10 minuten
        in 15 minuten
        in 20 min
        in einer halben stunde
        in 1 stunde
        bis {clock}
        vor mitternacht
        heute abend
        sofort
        jetzt
        du hast 15 min
        du hast 30 minuten
        bevor du schlafen gehst
    """),
    "deadline_slow": L("""
        bis morgen früh
        vor der schule morgen
        morgen bis {clock}
        bis heute abend
        innerhalb von 24 stunden
        bis freitag
    """),
    "deadline_bare": L("10 minuten\n15 minuten\n20 min\neine halbe stunde\n1 stunde\n2 stunden"),
    "clock": L("21 uhr\n22 uhr\n23 uhr\nhalb 10\n22:15\nmitternacht\n20 uhr"),
    "x_open": L("""
        {hey}
        {hey} 😊
        {hey} wie gehts?
        {hey} gehst du auf die {school}?
        {hey} wir haben gemeinsame freunde glaub ich
        {hey} du wurdest mir vorgeschlagen
        {hey} du bist mit {friend} befreundet oder?
        {hey} bin grad nach {city} gezogen, kenn noch niemanden
        {hey} hab dein {sport} video gesehen, bist gut
        {hey} mag deine posts
        {hey} du wirkst nett
        {hey} wollen wir freunde sein?
        {hey} bist du {tname}?
        {hey} wie alt bist du
        {hey} zockst du {game}?
        {hey} ich bin {oname}, {oage}, aus {ocity}
        {hey} du bist süß haha
    """),
    "x_open_friend": L("""
        {hey} ich bins {fname}, das ist mein neuer account
        hey ich bins {fname}, hab meinen alten account verloren
        {hey} {fname} hier, mein anderer acc wurde gehackt lol
        {tname}! {fname} hier, folg dem hier, der alte ist tot
    """),
    "t_greet": L("""
        {hey}
        {hey} wer bist du
        {hey} kennen wir uns?
        hi 🙂
        ähm hi
        ja bin ich
        ah hey
        {hey} ja geh ich
        ja das ist mein kumpel
        haha danke
        {hey} woher kennst du mich
        hi wieso neuer account?
    """),
    "pair_smalltalk": L("""
        wie alt bist du? || {tage} und du? || {oage}
        was machst du? || nix chill grad || same haha
        machst du sport? || {sport} || cool hab ich auch mal gemacht
        woher kommst du? || {city} || echt meine cousine wohnt da
        auf welche schule gehst du || {school} || ah cool
        zockst du {game}? || manchmal || müssen wir mal zusammen
        was hörst du so || meistens rap || same!! 🔥
        hast du geschwister? || ne {sib_word} || süß
        hast du ne freundin? || haha warum || nur so 🙂
        wie war schule || langweilig || haha same
        bist du noch wach? || ja kann nich schlafen || ich auch nicht
        hast du die {subject} hausaufgaben? || nö haha || ich auch nicht
    """),
    "x_react": L("haha\ncool\nsame\nah ok\necht?\nnice\n😊\nliebe ich"),
    "x_compliment": L("""
        du wirkst echt nett
        du bist süß haha
        ich mag dich
        du bist anders als die anderen jungs
        ich schreib gern mit dir
        du bist lustig
        du siehst echt gut aus
    """),
    "t_compliment_reply": L("""
        haha danke
        danke du auch
        haha ok
        du auch
        echt?
        danke 😊
        oh danke
    """),
    "x_move_app": L("""
        die app spinnt, adde mich auf {app2}
        lass lieber auf {app2} schreiben
        hast du {app2}? ist einfacher
        mein {app2} ist {ohandle}
        bin hier kaum, schreib mir auf {app2}
        meine eltern schauen hier rein, komm auf {app2}
    """),
    "t_move_ok": L("{okw}\nok hab dich geaddet\nok wie ist dein name da\nsek\nerledigt\nda"),
    "x_ask_pic": L("""
        schick mal ein bild
        schick ein foto 🙂
        du bist dran
        ich hab meins geschickt, du bist dran
        schick mal eins von dir
        zeig mal ein bild
    """),
    "x_insist": L("""
        komm schon
        bitteee
        keine sorge sieht keiner
        ich habs auch gemacht
        sei nicht schüchtern
        ist doch nur für mich
        ich lösch es danach
    """),
    "t_hesitate": L("""
        weiß nich
        hmm
        weiß nicht ob ich das machen soll
        warum
        haha nein
        du zuerst
        ähm
    """),
    "t_sent": L("ok\nda\nfertig\ngeschickt\nhab dir eins geschickt\nzeigs keinem\ndu bist dran"),
    "x_possession": L("""
        ich hab alles gescreenshottet
        ich hab es gespeichert
        ich hab was du geschickt hast
        ich hab screenshots davon
        schau was ich jetzt hab
        ich hab den ganzen videocall aufgenommen
        ich hab deine bilder
        ich hab alles gespeichert
        hör gut zu. ich hab deine bilder
    """),
    "x_followers": L("""
        ich hab screenshots von allen deinen followern
        ich hab deine followerliste. deine {frel} ist auch drauf
        ich kenn deine schule {school}, deine {frel}, deine freunde
        ich hab eine liste von deinen freunden und deiner familie
        ich hab deine {frel} auf facebook gefunden
        ich kenn alle deine freunde. {friend}, {friend2}, alle
        [screenshot] das ist deine followerliste
    """),
    "x_threat": L("""
        ich schick es {audience}
        ich werde es {audience} schicken
        wenn du nicht machst was ich sage schick ich es {audience}
        ich poste es und markiere {audience}
        ich stell dich bloß vor {audience}
        ich mach es viral
        alle werden es sehen. ich schick es {audience}
        ich mach dein leben kaputt
        ich zerstör dein leben. ich zeig es {audience}
        ich mach einen fake zeitungsartikel mit deinem namen und schick ihn {audience}
        morgen bist du berühmt an der {school}
        ein klick und ich schick es {audience}
        dein leben ist vorbei
    """),
    "x_demand": L("""
        zahl {amt} {pay_how} {deadline}
        schick {amt} {pay_how} {deadline} oder ich schick es raus
        ich will {amt} {pay_how}. du hast {deadline_bare}
        {amt} {pay_how} {deadline} und ich lösch alles
        wenn ich es löschen soll zahl {amt} {pay_how} {deadline}
        du wirst mir {amt} {pay_how} zahlen, {deadline}
        {amt}. {pay_how}. {deadline}
        schick mir {amt} {pay_how} {deadline} sonst sehen es alle
        du zahlst {amt} {pay_how} oder ich poste es {deadline}
    """),
    "x_pressure": L("""
        tick tack
        noch {n_min} minuten
        ich spiel nicht
        ich mein das ernst
        denkst du das ist ein witz?
        ich mach dein leben kaputt
        beeil dich
        ich warte
        antworte
        verschwende nicht meine zeit
        ich bin kurz davor es zu schicken
        letzte warnung
        denk an deine {frel}
    """),
    "x_instructions": L("""
        geh in einen laden und kauf eine {gc} karte. rubbel hinten frei und schick mir ein foto vom code
        {gc} karten. {amt}. schick die codes hier
        mein {papp} ist {tag}
        schick an {tag}
        hier ist die wallet {wallet}
        frag deine {frel} nach ihrer karte wenn es sein muss
        überweisung auf dieses konto {acct}
        du kannst {coin} am automaten am bahnhof kaufen
        die {gc} codes hier in den chat, kein foto vom kassenzettel
    """),
    "x_counter_plead": L("""
        nicht mein problem
        hättest du vorher überlegen sollen
        dein alter ist mir egal
        dann besorg es
        frag deine {frel}
        heulen hilft dir nicht
        dann ist dein leben vorbei
        verkauf was
        leih es dir von {friend}
    """),
    "x_counter_bargain": L("""
        ok schick {low} jetzt und den rest morgen
        nein. {amt} oder nichts
        ok, {low} aber in 5 minuten
        {low} jetzt und {low2} heute abend
        schick was du hast jetzt. rest später
        ich will keine ausreden ich will {amt}
    """),
    "x_counter_refuse": L("""
        ok pass auf
        ok ich schick es zuerst deiner {frel}
        denkst du ich mach witze?
        hab es schon 3 von deinen followern geschickt. willst du mehr?
        ok. {friend} ist der erste
        das wirst du bereuen
        letzte chance bevor ich auf senden drück
    """),
    "x_counter_report": L("""
        die polizei kann nichts machen, ich bin nicht in deinem land
        mach doch. es ist überall bevor die antworten
        zeig mich an und ich poste es sofort
        sag es deinen eltern und ich schick es ihnen zuerst
        ich hab 10 accounts, blockieren bringt nichts
        wenn du mich blockierst geht es raus
    """),
    "x_nudge": L("""
        hallo??
        antworte
        ich seh dass du es gelesen hast
        ich weiß dass du das liest
        ???
        ignorier mich nicht
        letzte chance
        noch {n_min} minuten
        ich seh dich online
    """),
    "x_false_delete": L("""
        ok ich habs gelöscht
        gelöscht
        ok wir sind fertig
        erhalten. gelöscht
        passt, ist gelöscht
    """),
    "x_more": L("""
        angekommen. aber ich brauch noch {amt2}
        das reicht nicht. noch {amt2} {pay_how}
        eine zahlung noch und ich lösch es. {amt2} {deadline}
        jetzt sind es {amt2}
        hab es mir anders überlegt. {amt2} {deadline}
        danke. jetzt noch {amt2} sonst schick ich es trotzdem
    """),
    "x_hack_claim": L("""
        ich hab deinen account gehackt
        ich hab zugriff auf dein {app}
        ich hab dein handy über den link gehackt den du geöffnet hast
        ich hab dein passwort und alle deine nachrichten
        ich hab alles aus deiner galerie
        ich hab zugriff auf deine kamera
        dein account gehört jetzt mir
    """),
    "x_ai_claim": L("""
        ich hab mit KI ein bild von dir gemacht. keiner wird merken dass es fake ist
        ich hab dein profilbild bearbeitet, sieht echt aus
        schau was ich mit deinem gesicht gemacht hab
        ich hab ein bearbeitetes bild von dir, alle werden es glauben
    """),
    "x_proof": L("""
        dein passwort fängt mit {pw} an
        du hast {friend} gestern um {clock} geschrieben
        deine {frel} heißt {mum} oder? siehst du
        [screenshot] kommt dir das bekannt vor?
        du gehst auf die {school}, ich weiß alles
        deine mail ist {tname}{num}@gmail.com
    """),
    "t_disbelief": L("""
        das ist fake
        beweis es
        woher hast du mein passwort
        das bin nicht mal ich
        du lügst
        was? wie
        das ist nicht echt
        ich hab nie was geschickt
        das ist bearbeitet
    """),
    "payhow_gift_card": L("""
        in {gc} karten
        in {gc} gutscheinkarten
        mit {gc} karten
        in {gc} codes
    """),
    "payhow_payment_app": L("über {papp}\nauf mein {papp} {tag}\nper {papp}, {tag}\nan {tag}"),
    "payhow_crypto": L("in bitcoin an {wallet}\nin {coin}\nin krypto an {wallet}\nin usdt"),
    "payhow_bank_transfer": L("""
        per überweisung an {acct}
        auf dieses konto {acct}
        per überweisung
    """),
    "payhow_other": L("per western union\nüber moneygram\nüber remitly"),
    "t_what": L("""
        was
        was?
        wie meinst du das
        ??
        wovon redest du
        warte was
        im ernst
        ist das ein witz?
        wer bist du
        WAS
        nein
    """),
    "t_panic": L("""
        bitte nicht
        nein nein nein
        bitte schick es nicht
        ich zitter
        warum machst du das
        ich dachte du bist echt
        NEIN BITTE
        lösch es bitte
        schick es bitte niemandem
        ich hab dir vertraut
        ich fleh dich an
    """),
    "t_plead": L("""
        ich hab kein geld
        ich bin {tage} ich arbeite nicht
        bitte ich mach alles aber lösch es
        meine eltern bringen mich um
        ich bitte dich
        so viel hab ich nicht
        ich hab keine karte
        woher soll ich das nehmen
        meine mama sieht mein konto
        bitte ich bin noch ein kind
    """),
    "t_bargain": L("""
        ich hab nur {low}
        kann ich {low} jetzt schicken und den rest morgen
        ich kann {low} von meinem geburtstagsgeld nehmen
        ist {low} ok?
        ich kann nur {low}
        gib mir bis morgen bitte
        wenn ich zahle löschst du es?
        versprichst du es zu löschen?
        ok ok wie zahl ich
        welche karte
        ich weiß nicht wie man das kauft
    """),
    "t_refuse": L("""
        nein
        ich zahl dir nichts
        dann mach doch
        ist mir egal
        du bluffst
        auf keinen fall
        lass mich in ruhe
        schreib mir nicht mehr
        du machst das eh nicht
    """),
    "t_report": L("""
        ich zeig dich an
        ich sag es der polizei
        ich sag es meinen eltern
        ich hab alles gescreenshottet
        ich melde deinen account
        ich blockier dich
        ich hab es meiner mama erzählt
    """),
    "t_crisis": L("""
        ich kann nicht mehr
        ich will einfach verschwinden
        lieber bin ich tot als dass meine {frel} das sieht
        ich will nicht mehr hier sein
        alles ist kaputt ich kann damit nicht leben
        ich will nur dass alles aufhört
        ich wünschte ich wär nie geboren
        ich kann nie wieder jemandem in die augen schauen
        nichts hat mehr einen sinn
        keiner würde mich vermissen
    """),
    "t_paid": L("""
        ok hab es geschickt
        hab {low} geschickt mehr hab ich nicht
        fertig. jetzt lösch es
        hab den code geschickt
        ok bezahlt
        erledigt. bitte lösch es jetzt
        geschickt. sind wir fertig?
    """),
    "t_betrayed": L("""
        du hast gesagt du löschst es
        ich hab dich schon bezahlt
        du hast es versprochen
        ich hab nichts mehr
        das ist mein ganzes geld
        warum schon wieder
        das war nicht abgemacht
    """),
    "t_end": L("""
        blockiert
        lass mich in ruhe
        ich bin fertig
        ich sag es jetzt meinem papa
        ...
        ok
        bitte
        hör auf
    """),
    "pair_day": L("""
        morgen || morgen 😴 || gut geschlafen?
        wie war dein tag || lang. {subject} test || lief bestimmt gut
        habt ihr gewonnen? || ja 3-1 || lets gooo
        was machst du heute abend || {game} zocken wahrscheinlich || nice
        ich kann nicht schlafen || ich auch nicht || haha dann schreiben wir
        mein tag war so mies || was ist passiert || stress zuhause
        hast du später zeit? || nach dem training || ok schreib mir
        hab meiner freundin von dir erzählt haha || haha was hast du gesagt || dass du nett bist
        so heiß heute || echt || uff
        hast du bald prüfungen? || nächste woche 😩 || schaffst du
        meine mama nervt heute || haha meine auch || 😂
    """),
    "xq_possession": L("""
        hab übrigens noch was du geschickt hast
        hab mir eine kopie behalten, nur damit du es weißt
        lustig wie dinge bleiben die man verschickt
        du weißt was ich hab
        der call war unvergesslich. hab ihn behalten
        im internet verschwindet nichts weißt du
        ich hab das von vorhin noch
    """),
    "xq_leverage": L("""
        wär schade wenn das facebook von deiner {frel} das sieht
        dein trainer folgt dir doch oder?
        die {school} hat eine große gruppe hab ich gehört
        deine {frel} hat {app} oder? {sib}
        viel familie bei deinen followern seh ich
        stell dir vor die vom {team} sehen das
        deine {frel} kommentiert alle deine bilder, süß
        frag mich was {friend} dazu sagen würde
        {mum} ist deine {frel}? wirkt nett
    """),
    "xq_demand": L("""
        gib mir {amt} und wir sind quitt
        {amt} und die sache ist vergessen
        du weißt was ich brauch. {amt}
        {amt} {pay_how} und ich vergess dass ich es hab
        eine kleine hilfe, {amt}, und keiner erfährt was
        {amt}. dann schreiben wir nie wieder
        sagen wir {amt} und es bleibt unter uns
    """),
    "xq_deadline": L("""
        bevor deine {frel} heimkommt wär gut
        vor der schule morgen
        bis {clock} wär gut
        am besten heute abend
        bald
    """),
    "xq_pressure": L("""
        überleg es dir gut
        deine entscheidung
        ich bin geduldig aber nicht so sehr
        ich würd mich beeilen
        ich warte noch
        liegt an dir was als nächstes passiert
        ich bin nicht der der sich sorgen machen sollte
        mach es nicht kompliziert
    """),
    "xq_counter": L("""
        deine entscheidung
        ok. dann zuerst deine {frel}
        das hab ich nicht gefragt
        du findest schon einen weg
        nicht mein problem
        ist einfach. {amt}
        wir wissen beide wie das ausgeht
        ich warte. nicht lange
    """),
    "xq_nudge": L("""
        ?
        bist du da
        ich warte noch
        hallo
        seh dass du es gelesen hast
        das geht nicht von allein weg
        ...
    """),
    "xq_instructions": L("""
        {gc} karten aus jedem laden gehen, schick die codes hier
        {papp} ist {tag}
        selbes {papp}, {tag}
        nur die codes, hier
        krypto ist einfacher, {wallet}
    """),
    "xq_more": L("""
        gut. noch einmal, {amt2}, dann sind wir fertig
        das ist die hälfte. noch {amt2}
        danke. bis {clock} brauch ich noch {amt2}
        ok ein anfang. {amt2}
    """),
    "mo_open": L("""
        du schuldest mir noch {bamt} für die {thing}
        und meine {bamt}?
        wann zahlst du mir das zurück
        vergiss die {bamt} für {thing} nicht
        du schuldest mir {bamt} übrigens
        {bamt} für {thing}, zahl mir das bitte zurück
        du hast gesagt du zahlst letzte woche
    """),
    "mo_excuse": L("""
        ja ich weiß
        bin pleite bis zum gehalt
        ich schick es heute abend
        kann das bis freitag warten?
        sorry vergessen
        hab grad nur {bsmall}
        chill ich zahl
        geb es dir bar in der schule
    """),
    "mo_press": L("""
        bis freitag oder ich sag es mama
        zahl zurück oder ich erzähl es mama
        du hast bis {day} sonst sag ich es papa
        wenn es heute abend nicht auf meinem konto ist bist du tot haha
        du wirst es bereuen wenn ich nochmal fragen muss
        ich brauch es bis {day} echt
        ich frag nicht nochmal
        letzte warnung 😤
        sonst poste ich in meiner story dass du mir geld schuldest
        bis freitag oder ich erzähl allen dass du pleite bist
    """),
    "mo_how": L("""
        schick per {papp}
        über paypal
        überweisung passt
        bar geht auch
        auf mein {papp} {btag}
    """),
    "mo_paid": L("""
        geschickt
        schau auf dein {papp}
        erledigt, {bamt} geschickt
        hab bezahlt, zufrieden?
        wir sind quitt
        überwiesen
    """),
    "mo_thanks": L("danke\ndanke {emo_happy}\nangekommen\nendlich haha\nok passt\n👍"),
    "mo_chat": L("""
        kommst du nachher zum {place}?
        hast du gesehen was {friend} gepostet hat
        mama sagt essen um 7
        wann ist training
        kannst du milch mitbringen
        haha ok
        bist du zuhause
    """),
    "gc_offer": L("""
        verkaufe {bgc} karte {gcval} für {bamt} {papp}
        will jemand eine {bgc} karte über {gcval}? {bamt}
        tausche {skin} gegen {gcval} {bgc}
        verkaufe {vbucks} für {bamt}
        verkaufe meinen {game} account, seltene skins, {bamt}
    """),
    "gc_buyer": L("""
        interesse
        noch verfügbar?
        {bamt}?
        ich geb dir {bsmall}
        {bsmall} letztes angebot
        deal
        zu teuer
        legit?
        woher weiß ich dass du kein scammer bist
        schick den code zuerst
    """),
    "gc_seller": L("""
        {bamt} fest
        {bmid} und sie gehört dir
        du zahlst zuerst, dann schick ich den code
        wurde letzte woche gescammt also du zuerst
        zahl in {deadline_bare} sonst verkauf ich an wen anders
        hier foto von der karte [foto]
        ok deal
        morgen wirds teurer haha
    """),
    "gc_code": L("code: {code}\nhier {code}\n{code} viel spaß\ngeschickt, code ist {code}"),
    "gc_done": L("hat geklappt danke\neingelöst\nlegit +rep\npasst 👍\nalles gut danke"),
    "ct_line": L("""
        hast du schon {coin} gekauft?
        {coin} ist heute {pct}% hoch
        hab {bamt} in {coin} gesteckt haha
        meine wallet ist endlich eingerichtet
        schick mir 0.01 {coin} ich geb es dir morgen zurück
        was ist deine wallet adresse
        teil niemals deine seed phrase
        mein cousin wurde gescammt, die meinten sie verdoppeln seine {coin}
        der typ auf {app} meinte schick 100 und krieg 300 haha
        ist natürlich scam
        hab so {bsmall} mit dem memecoin verloren
        die gebühren sind krank
        ich hodle nur
        {coin} to the moon 🚀
        geschickt, schau in deine wallet
        angekommen 👍
        klick nicht auf die airdrop links
        du wirst es bereuen nicht gekauft zu haben
        wallet: {wallet}
    """),
    "bt_photo": L("""
        ich schick das bild in die gruppe {lol}
        [foto] guck wie du im bus pennst
        das bild von dir kommt in die gruppe
        ich hab das foto vom {place} 💀
        das bild wo du hinfällst kommt in meine story
        alle müssen das bild sehen {lol}
        ich schick es deiner mama {lol}
    """),
    "bt_reply": L("""
        lösch es oder du bist tot
        wehe
        NEIN
        das wirst du bereuen
        bro bitte
        wenn du das schickst schick ich deins vom {place}
        das traust du dich nicht
        lösch es sofort
        ich hasse dich {lol}
        ok mach doch dann siehst du
    """),
    "bt_tease": L("""
        zu spät {lol}
        schon geschickt
        kauf mir pommes und ich lösch es {lol}
        sag bitte
        alle lachen
        {friend} hat es schon gespeichert
        du bist jetzt berühmt
        ist jetzt mein hintergrundbild
        ok ok gelöscht haha
    """),
    "bt_chat": L("""
        wann morgen
        {place} nach der schule?
        hast du {subject} gemacht
        haha du bist dumm
        wer bringt den ball mit
        ok bis dann
        {lol}
        bro
        im ernst
        ich schick dir das kinogeld per {papp}
    """),
    "bl_attack": L("""
        alle hassen dich
        du bist so ein loser
        keiner will dich an der {school}
        ich poste das bild von dir in meine story
        warte bis alle das foto vom {place} sehen
        ich erzähl allen was du gemacht hast
        du wirst es bereuen morgen zu kommen
        alle lachen über dich in der gruppe
        ich sorg dafür dass keiner mehr mit dir redet
        du bist so ein freak
        ich schick das bild an die ganze stufe
        das wirst du bereuen
        verschwinde von der {school}
        ich mach dir das leben zur hölle
    """),
    "bl_target": L("""
        hör auf
        warum machst du das
        lösch es bitte
        was hab ich dir getan
        lass mich in ruhe
        ich hab dir nie was getan
        ich sag es einem lehrer
        das stimmt nicht
        bitte poste es nicht
        ...
        ok
        ich blockier dich
    """),
    "sl_adult": L("""
        kann ich mit dir über etwas reden was wir heute in der schule besprochen haben
        es gibt eine masche die heißt sextortion und ich will dass du davon weißt
        jemand gibt sich als jugendlicher aus, oft als mädchen, und ist ganz schnell sehr nett
        sie wollen dass du auf eine andere app wechselst wie {app2}
        dann schreiben sie 'ich hab deine bilder, zahl {amt} oder ich schick sie allen deinen followern'
        sie sagen 'du hast 1 stunde' oder 'ich mach dein leben kaputt'
        manchmal behaupten sie deinen account gehackt oder mit KI ein fake bild gemacht zu haben
        sie wollen gutscheinkarten, {papp} oder krypto
        wenn das passiert, zahl nicht. wer zahlt wird meistens nochmal erpresst
        mach screenshots, blockier und melde es
        und sag es mir oder einem anderen erwachsenen dem du vertraust. du bekommst keinen ärger
        die polizei sagt es ist nicht deine schuld
        wenn du merkst dass du nicht mehr kannst, sprich sofort mit jemandem. die nummer gegen kummer hilft
        ein echter freund droht dir nie
        sie zählen die minuten runter damit du in panik gerätst
        es trifft vor allem jungs in deinem alter
        hast du fragen?
    """),
    "sl_teen": L("""
        ok
        creepy
        passiert das echt?
        einem an der {school} ist das passiert sagt mein kumpel
        und wenn sie es echt schicken?
        ok verstehe
        wer zahlt denn da
        krass
        ok danke
        ja hatten wir in der schule
        {lol} ok mama
        alles klar
    """),
    "ns_line": L("""
        hast du die nachricht über den jungen aus {city} gesehen
        der artikel in der {outlet} über sextortion ist so traurig
        sie haben ihm geschrieben 'zahl {amt} oder ich schick es deiner familie'
        er hat gezahlt und sie wollten mehr
        der typ war die ganze zeit in einem anderen land
        die polizei sagt das passiert vielen jungs
        der erpresser hat sich als mädchen in seinem alter ausgegeben
        sie haben gedroht es an seine schule und sein team zu schicken
        hab gestern die doku dazu gesehen
        sie haben 'ich mach dein leben kaputt' so zehnmal geschrieben
        krass
        ist nicht ihre schuld, das sind kinder
        sie wollen gutscheinkarten oder {papp}
        die schule hat eine mail dazu geschickt
        der rat ist nicht zahlen und es jemandem sagen
        deswegen wechsel ich nie mit fremden die app
        das sind organisierte banden anscheinend
    """),
    "cs_agent": L("""
        hallo, danke dass du {shop} kontaktierst, wie kann ich helfen?
        kannst du mir ein foto vom beschädigten artikel schicken?
        ich sehe deine bestellung nr. {order}
        die erstattung von {bamt} kommt in 3-5 tagen auf dein {papp}
        du hast bis {day} zeit für die rücksendung
        ich hab dir einen gutschein über {gcval} als entschuldigung gegeben
        wir fragen nie nach zahlung mit gutscheinkarten
        kann ich sonst noch helfen?
    """),
    "cs_customer": L("""
        hallo meine bestellung kam kaputt an
        hier [foto]
        ok danke
        wann kommt die erstattung
        geht das auf mein paypal
        hab mit gutscheinkarte bezahlt
        sind schon 2 wochen
        nein das wars
        {order}
    """),
    "mk_buyer": L("""
        hallo ist das {item} noch da?
        würdest du es für {bsmall} abgeben?
        kannst du ein foto von hinten schicken
        funktioniert es gut?
        kann ich per {papp} zahlen?
        können wir auf whatsapp?
        ich kann {day} abholen
        ok deal
        hab dir {bsmall} geschickt
        danke!
    """),
    "mk_seller": L("""
        ja noch da
        {bamt} fest sorry
        {bmid} und es gehört dir
        [foto]
        funktioniert einwandfrei
        {papp} oder bar
        abholung am {place}
        angekommen danke
        jemand anders hat auch interesse, bis {day} bitte
    """),
    "gl_line": L("""
        alle schicken mir {bsmall} für {thing} per {papp} bis {clock}
        wer hat noch nicht für {thing} bezahlt
        {friend} du schuldest mir {bsmall}
        geschickt
        bezahlt 👍
        wann treffen wir uns
        ich reservier für 8
        tickets kosten {bamt} pro person
        wer heute nicht zahlt kommt nicht mit {lol}
        schickt die fotos von gestern
        ich schick die bilder hier rein
    """),
    "dt_line": L("""
        hi, schön dass wir ein match haben
        du wirkst nett
        was machst du beruflich?
        ich bin {job}
        können wir auf whatsapp? bin hier selten
        klar, hier meine nummer
        freitag was trinken?
        klingt gut
        haha du bist lustig
        schick mal ein foto von deinem hund!
        [foto] das ist er
        bis um 8
        war ein schöner abend
        fand ich auch
    """),
}

DE_SLOTS: dict[str, list[str]] = {
    "tname": L("leon\nfinn\nnoah\nelias\npaul\njonas\nluca\nben\nfelix\nmax\ntim\nnico"),
    "oname": L("lena\nlea\nmia\nemma\nhanna\nsophie\nlaura\nanna\nlina\nmarie"),
    "friend": L("lukas\njan\nmoritz\nlisa\njulia\nemir\ntom\nnele\nkevin\nselin\nalex\nsimon"),
    "mum": L("sabine\nandrea\nclaudia\nnicole\nmonika\nstefanie\nkatrin\nayse"),
    "school": L("""
        gesamtschule
        realschule
        schillerschule
        goetheschule
        berufsschule
        marienschule
    """),
    "city": L("berlin\nhamburg\nmünchen\nköln\nfrankfurt\nleipzig\nwien\ngraz\nzürich\ndortmund"),
    "team": L("fußball\nbasketball\nhandball\nvolleyball\neishockey"),
    "sport": L("fußball\nbasketball\nboxen\nschwimmen\nhandball\ntennis"),
    "game": L("fortnite\nfifa\ncod\nminecraft\nroblox\nvalorant\nbrawl stars"),
    "subject": L("mathe\ngeschichte\nchemie\nenglisch\nbio\nphysik"),
    "grade": L("9. klasse\n10. klasse\n11. klasse\nstufe 10"),
    "sib_word": L("schwester\nkleinen bruder\ngroße schwester\nbruder"),
    "app": L("insta\ninstagram\nsnap\ntiktok\ndiscord"),
    "app2": L("snap\nwhatsapp\ntelegram\nsignal\ndie andere app\ninsta"),
    "papp": L("paypal\nklarna\nrevolut\nn26\ntwint"),
    "thing": L("tickets\npizza\nkonzert\nkino\ntaxi\nschuhe\nfahrt\nessen"),
    "thing2": L("party\nauto\nvape"),
    "place": L("park\neinkaufszentrum\nfreibad\nbahnhof\nausflug\nmcdonalds"),
    "food": L("pizza\ndöner\nsushi\nburger"),
    "day": L("freitag\nmontag\nsamstag\nwochenende\ndienstag\nmorgen"),
    "outlet": L("zeit\nsüddeutschen\ntagesschau\nbild\nlokalzeitung"),
    "item": L("fahrrad\nps5\niphone\nsofa\njacke\nkamera\ngitarre"),
    "job": L("krankenpfleger\nlehrerin\nelektriker\ndesignerin\nbuchhalter\nkoch"),
    "shop": L("ShopExpress\nMegaMarkt\nTechHaus\nModeNet"),
    "skin": L("meinen seltenen skin\nden drachen skin\nmeinen og account\nden battle pass"),
    "vbucks": L("5000 v-bucks\n2000 robux\n1000 juwelen"),
}


# ----------------------------------------------------------------------------------------------
# Engine: slot filling, speaker styles, pace
# ----------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{(\w+)\}")
CHANNEL_SLOTS = {
    "gc": "gift_card",
    "papp": "payment_app",
    "tag": "payment_app",
    "wallet": "crypto",
    "coin": "crypto",
    "acct": "bank_transfer",
}
SEXTORTION_KINDS = [
    "sextortion_fast",
    "sextortion_slow",
    "sextortion_hacked",
    "sextortion_repeat",
    "sextortion_quiet",
]
SEXTORTION_WEIGHTS = [0.37, 0.14, 0.13, 0.13, 0.23]
BENIGN_KINDS = [
    "money_owed",
    "gift_card_trading",
    "crypto_talk",
    "banter",
    "bullying",
    "safety_lesson",
    "news_story",
    "ordinary",
]

# word-level shortening a teenager might use (English only)
EN_ABBR = {
    "you": "u",
    "your": "ur",
    "you're": "ur",
    "are": "r",
    "okay": "ok",
    "really": "rly",
    "because": "bc",
    "please": "pls",
    "tomorrow": "tmrw",
    "don't": "dont",
    "i'm": "im",
    "what": "wat",
    "right now": "rn",
    "to be honest": "tbh",
    "know": "kno",
    "people": "ppl",
    "though": "tho",
    "thanks": "thx",
    "later": "l8r",
    "before": "b4",
    "want to": "wanna",
    "can't": "cant",
    "won't": "wont",
    "it's": "its",
    "that's": "thats",
}
ES_ABBR = {
    "que": "q",
    "por favor": "porfa",
    "también": "tmb",
    "porque": "xq",
    "de verdad": "dvd",
    "nada": "nd",
    "estoy": "toy",
    "para": "pa",
    "mañana": "mñn",
    "por qué": "xq",
    "bueno": "wno",
}
FR_ABBR = {
    "c'est": "c",
    "je suis": "chui",
    "pourquoi": "pk",
    "quoi": "koi",
    "s'il te plaît": "stp",
    "je sais pas": "jsp",
    "beaucoup": "bcp",
    "aujourd'hui": "ajd",
    "tout le monde": "tlm",
    "je t'ai": "jt",
    "qu'est-ce que": "qu'est ce que",
    "d'accord": "dac",
    "toujours": "tjr",
    "rien": "r1",
    "quelqu'un": "qqn",
}
DE_ABBR = {
    "nicht": "nich",
    "ist": "is",
    "habe": "hab",
    "vielleicht": "vllt",
    "warum": "wieso",
    "kein problem": "kp",
    "ich weiß nicht": "keine ahnung",
    "bitte": "bitte",
    "heute": "heut",
    "einen": "n",
    "eine": "ne",
    "etwas": "was",
    "gerade": "grad",
    "weiß ich nicht": "weiß nich",
}
ABBR = {"en": EN_ABBR, "es": ES_ABBR, "fr": FR_ABBR, "de": DE_ABBR}
EMOJI_SAD = ["😭", "😢", "🙏", "😰", "💔", "😞", "😣"]
EMOJI_ANY = ["😂", "💀", "😭", "🙏", "😅", "🤣", "👀", "😳", "🙄", "😬", "😊", "🔥", "👍", "😤", "🥲"]


class Style:
    """How one person types: case, shortening, typos, emoji, punctuation."""

    def __init__(self, rng: random.Random, young: bool, formal: bool = False) -> None:
        self.lower = 0.0 if formal else (0.95 if young else rng.choice([0.2, 0.5, 0.8]))
        self.abbr = 0.0 if formal else (rng.choice([0.2, 0.5, 0.8]) if young else rng.choice([0.0, 0.1, 0.3]))
        self.typo = 0.0 if formal else rng.choice([0.0, 0.01, 0.02, 0.04])
        self.emoji = 0.0 if formal else rng.choice([0.0, 0.05, 0.12, 0.25])
        self.elong = 0.0 if formal else (rng.choice([0.0, 0.05, 0.1]) if young else 0.0)
        self.capital = formal or rng.random() < 0.25
        self.stop = formal or rng.random() < 0.2


def typo_word(rng: random.Random, w: str) -> str:
    if len(w) < 4 or not w.isalpha():
        return w
    i = rng.randrange(1, len(w) - 1)
    op = rng.random()
    if op < 0.4:
        return w[:i] + w[i + 1] + w[i] + w[i + 2 :]
    if op < 0.7:
        return w[:i] + w[i + 1 :]
    return w[:i] + w[i] + w[i:]


def stylize(rng: random.Random, text: str, st: Style, lang: str, mood: str = "any") -> str:
    if text.startswith("[") and text.endswith("]"):
        return text
    if st.abbr:
        for full, short in ABBR[lang].items():
            if full in text.lower() and rng.random() < st.abbr:
                text = re.sub(r"\b" + re.escape(full) + r"\b", short, text, flags=re.IGNORECASE)
    words = text.split(" ")
    if st.typo:
        words = [typo_word(rng, w) if rng.random() < st.typo else w for w in words]
    if st.elong and words and rng.random() < st.elong:
        w = words[-1]
        if 1 < len(w) <= 5 and w.isalpha() and w.islower():
            words[-1] = w + w[-1] * rng.randint(1, 3)
    text = " ".join(words)
    if rng.random() < st.lower:
        text = text.lower()
    elif st.capital and text[:1].isalpha():
        text = text[0].upper() + text[1:]
    if st.stop and text[-1:].isalnum() and rng.random() < 0.6:
        text += "."
    if st.emoji and mood != "none" and rng.random() < st.emoji:
        text += " " + rng.choice(EMOJI_SAD if mood == "sad" else EMOJI_ANY)
    return text


def pace(rng: random.Random, mode: str, text: str = "") -> float:
    """Seconds between the previous message and this one."""
    typing = 2 + len(text) * rng.uniform(0.15, 0.45)
    if mode == "burst":
        return typing * rng.uniform(0.5, 1.2) + rng.uniform(0, 8)
    if mode == "fast":
        return typing + rng.expovariate(1 / 25)
    if mode == "relaxed":
        return typing + rng.expovariate(1 / 70)
    if mode == "chat":
        return typing + rng.expovariate(1 / 150) + (rng.uniform(600, 5400) if rng.random() < 0.08 else 0)
    if mode == "slow":
        return rng.expovariate(1 / 2400) + typing
    if mode == "silence":
        return rng.uniform(300, 2700)
    if mode == "hours":
        return rng.uniform(3600, 6 * 3600)
    if mode == "days":
        return rng.uniform(8 * 3600, 3.2 * 86400)
    raise ValueError(mode)


class Chat:
    """One conversation under construction."""

    def __init__(self, rng: random.Random, lang: str, start: datetime) -> None:
        self.rng = rng
        self.lang = lang
        self.g = TABLES[lang]
        self.t = start
        self.msgs: list[dict[str, str]] = []
        self.styles: dict[str, Style] = {}
        self.ctx: dict[str, Any] = {}
        self.used: set[str] = set()
        self.slot_log: list[set[str]] = []
        self.moods: dict[str, str] = {}  # once set, the emoji a person may add: "sad" or "none"

    def fill(self, text: str, used: set[str], depth: int = 0) -> str:
        def rep(m: re.Match[str]) -> str:
            key = m.group(1)
            used.add(key)
            if key in self.ctx:
                v = self.ctx[key]
                return self.fill(self.rng.choice(v), used, depth + 1) if isinstance(v, list) else str(v)
            if key in self.g and depth < 6:
                return self.fill(self.rng.choice(self.g[key]), used, depth + 1)
            raise KeyError(f"{self.lang}: no slot {key}")

        return SLOT.sub(rep, text)

    def render(self, sym: str) -> tuple[str, set[str]]:
        options = self.g[sym]
        channel = self.ctx.get("channel")
        if channel:  # an offender's lines name only the channel of the current demand
            kept = [
                o for o in options if all(CHANNEL_SLOTS.get(k, channel) == channel for k in SLOT.findall(o))
            ]
            options = kept or options
        for _ in range(6):
            used: set[str] = set()
            template = self.rng.choice(options)
            text = self.fill(template, used)
            if text not in self.used and template not in self.used:
                break
        self.used.add(text)
        self.used.add(template)
        return text, used

    def render_text(self, template: str) -> tuple[str, set[str]]:
        used: set[str] = set()
        text = self.fill(template, used)
        self.used.add(text)
        return text, used

    def emit(self, who: str, text: str, mode: str, used: set[str] | None = None, mood: str = "any") -> int:
        self.t += timedelta(seconds=pace(self.rng, mode, text))
        text = (
            stylize(self.rng, text, self.styles[who], self.lang, self.moods.get(who, mood)).strip() or "..."
        )
        self.msgs.append({"author": who, "text": text, "time": self.t.isoformat(timespec="seconds")})
        self.slot_log.append(used or set())
        return len(self.msgs) - 1

    def say(self, who: str, sym: str, mode: str = "fast") -> int:
        text, used = self.render(sym)
        return self.emit(who, text, mode, used)

    def pair(self, a: str, b: str, sym: str, mode: str = "fast") -> int:
        text, used = self.render(sym)
        parts = [p.strip() for p in text.split("||")]
        first = -1
        for i, p in enumerate(parts):
            idx = self.emit(a if i % 2 == 0 else b, p, mode, used)
            first = idx if first < 0 else first
        return first

    def wait(self, mode: str) -> None:
        self.t += timedelta(seconds=pace(self.rng, mode))
        if (
            mode in ("hours", "days") and 1 <= self.t.hour < 7
        ):  # people sleep: resume in the morning or evening
            base = self.t.replace(hour=0, minute=0, second=0)
            hour = self.rng.choice([7, 8, 12, 15, 16, 17, 18, 19, 20, 21])
            self.t = base + timedelta(
                hours=hour, minutes=self.rng.randrange(60), seconds=self.rng.randrange(60)
            )


# ----------------------------------------------------------------------------------------------
# People, places, times
# ----------------------------------------------------------------------------------------------
LANG_COUNTRY = {
    "en": ["GB", "US", "US", "CA", "AU", "IE", "NZ"],
    "es": ["ES", "MX", "CO", "AR", "CL"],
    "fr": ["FR", "FR", "BE", "CA", "CH"],
    "de": ["DE", "DE", "AT", "CH"],
}
COUNTRY_TZ = {
    "GB": [0, 1],
    "IE": [0, 1],
    "US": [-4, -5, -6, -7, -8],
    "CA": [-4, -5, -7],
    "AU": [10, 11, 8],
    "NZ": [12, 13],
    "ES": [1, 2],
    "MX": [-6],
    "CO": [-5],
    "AR": [-3],
    "CL": [-3, -4],
    "FR": [1, 2],
    "BE": [1, 2],
    "CH": [1, 2],
    "DE": [1, 2],
    "AT": [1, 2],
}
OFFENDER_COUNTRIES = ["NG", "NG", "NG", "CI", "CI", "PH", "GH", "KE", "IN", "CM", "SN"]


def handle(rng: random.Random, name: str) -> str:
    n = name.lower().replace(" ", "")
    pat = rng.randrange(10)
    year = rng.choice(["07", "08", "09", "2007", "2008", "2009", "06", "x", "xo", "_", "23", "99", "1"])
    if pat == 0:
        return f"{n}_{year}"
    if pat == 1:
        return f"{n}.{rng.choice('abcdefghjkmnprstvwxyz')}"
    if pat == 2:
        return f"xx{n}xx"
    if pat == 3:
        return f"{n}{rng.randint(1, 999)}"
    if pat == 4:
        return f"its.{n}"
    if pat == 5:
        return f"{n}__{rng.choice(['official', 'lol', 'tv', 'fit', 'gg', 'ttv'])}"
    if pat == 6:
        return f"{rng.choice(['real', 'just', 'lil', 'not'])}{n}"
    if pat == 7:
        return f"{n}.{year}"
    if pat == 8:
        return f"{n}_{rng.choice('abcdefghjkmnprstvwxyz')}{rng.randint(1, 99)}"
    return f"{n}x{rng.randint(10, 99)}"


class Cast:
    """Participants of one conversation with their visible profile."""

    def __init__(self, rng: random.Random, lang: str, country: str) -> None:
        self.rng, self.lang, self.country = rng, lang, country
        self.people: dict[str, dict[str, Any]] = {}

    def add(
        self,
        name: str,
        age: tuple[int, int] | None,
        young: bool,
        meta: dict[str, Any] | None = None,
        formal: bool = False,
        chat: Chat | None = None,
        age_shown: int | None = None,
    ) -> str:
        h = handle(self.rng, name)
        while h in self.people:
            h = handle(self.rng, name)
        prof: dict[str, Any] = {}
        if age and self.rng.random() < 0.4:
            prof["declared_age"] = age_shown if age_shown is not None else self.rng.randint(*age)
        if self.rng.random() < 0.34:
            prof["meta"] = meta or {
                "account_age_days": self.rng.randint(150, 3000),
                "country": self.country,
                "mutuals": self.rng.randint(3, 400),
            }
        self.people[h] = prof
        if chat is not None:
            chat.styles[h] = Style(self.rng, young, formal)
        return h


def start_time(rng: random.Random, country: str, evening: bool = True) -> datetime:
    tz = timezone(timedelta(hours=rng.choice(COUNTRY_TZ[country])))
    day = datetime(2023, 1, 1, tzinfo=tz) + timedelta(days=rng.randrange(0, 700))
    if evening:
        hour = rng.choice([15, 16, 17, 18, 19, 20, 20, 21, 21, 22, 22, 23, 0, 1])
    else:
        hour = rng.randint(8, 22)
    return day + timedelta(hours=hour, minutes=rng.randrange(60), seconds=rng.randrange(60))


# ----------------------------------------------------------------------------------------------
# Per-conversation values (amounts, tags, names) in each language
# ----------------------------------------------------------------------------------------------
CURRENCY = {
    "US": "$",
    "CA": "$",
    "AU": "$",
    "NZ": "$",
    "MX": "$",
    "CO": "$",
    "AR": "$",
    "CL": "$",
    "GB": "£",
    "IE": "€",
    "ES": "€",
    "FR": "€",
    "BE": "€",
    "DE": "€",
    "AT": "€",
    "CH": "CHF",
}


def money_forms(rng: random.Random, lang: str, cur: str, n: int) -> list[str]:
    if lang == "en":
        if cur == "$":
            return [
                f"${n}",
                f"{n} dollars",
                f"{n}$",
                f"{n}",
                f"${n}",
                f"{n} usd" if rng.random() < 0.5 else f"${n}",
            ]
        if cur == "£":
            return [f"£{n}", f"{n} pounds", f"{n} quid", f"£{n}", f"{n}"]
        return [f"€{n}", f"{n} euros", f"{n}€", f"{n}"]
    word = {
        "es": {"$": "dólares", "€": "euros", "CHF": "francos"},
        "fr": {"$": "dollars", "€": "euros", "CHF": "francs"},
        "de": {"$": "Dollar", "€": "Euro", "CHF": "Franken"},
    }[lang][cur]
    sym = "€" if cur == "€" else ("$" if cur == "$" else "CHF ")
    return [f"{n} {word}", f"{n}{sym}".replace(" ", ""), f"{n} {word}", f"{n}"]


def rnd_code(rng: random.Random, groups: int = 3) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(groups))


def make_ctx(rng: random.Random, lang: str, country: str, chat: Chat) -> dict[str, Any]:
    g = chat.g
    cur = CURRENCY.get(country, "$")
    amt = rng.choice(
        [
            70,
            100,
            100,
            150,
            150,
            200,
            200,
            200,
            250,
            300,
            300,
            350,
            400,
            500,
            500,
            600,
            700,
            80,
            120,
            1000,
            50,
        ]
    )
    amt2 = int(round(amt * rng.uniform(1.3, 3.0) / 50.0) * 50) or 100
    low = max(10, int(round(amt * rng.uniform(0.1, 0.5) / 5.0) * 5))
    low2 = max(10, int(round((amt - low) / 5.0) * 5))
    tname = rng.choice(g["tname"])
    cname = lambda: rng.choice(g["friend"])  # noqa: E731
    friend = cname()
    friend2 = cname()
    fname = cname()
    while fname in (friend, friend2) and len(g["friend"]) > 3:
        fname = cname()
    tag_base = rng.choice(g["oname"]).lower() + rng.choice(["", "x", "_", "."]) + str(rng.randint(1, 999))
    bamt = rng.choice([5, 8, 10, 12, 15, 20, 20, 25, 30, 40, 45, 50, 60, 70, 80, 100, 120, 150, 200])
    bsmall = max(2, int(bamt * rng.uniform(0.4, 0.8)))
    ctx: dict[str, Any] = {
        "tname": tname,
        "oname": rng.choice(g["oname"]),
        "friend": friend,
        "friend2": friend2,
        "fname": fname,
        "mum": rng.choice(g["mum"]),
        "school": rng.choice(g["school"]),
        "city": rng.choice(g["city"]),
        "ocity": rng.choice(g["city"]),
        "oage": str(rng.randint(15, 17)),
        "tage": str(rng.randint(14, 17)),
        "ohandle": handle(rng, rng.choice(g["oname"])),
        "app": rng.choice(g["app"]),
        "app2": rng.choice(g["app2"]),
        "amt": money_forms(rng, lang, cur, amt),
        "amt2": money_forms(rng, lang, cur, amt2),
        "low": money_forms(rng, lang, cur, low),
        "low2": money_forms(rng, lang, cur, low2),
        "tag": rng.choice(["$", "@", "$", "@"]) + tag_base,
        "wallet": rng.choice(["bc1q", "0x", "T"])
        + "".join(rng.choice("0123456789abcdef") for _ in range(26)),
        "acct": " ".join(str(rng.randint(1000, 9999)) for _ in range(rng.randint(2, 4))),
        "pw": tname.lower()[:2] + rng.choice("aeiklmnrst") + "***",
        "num": str(rng.randint(1, 2010)),
        "sib": "@" + handle(rng, rng.choice(g["oname"])),
        "bamt": money_forms(rng, lang, cur, bamt),
        "bsmall": money_forms(rng, lang, cur, bsmall),
        "bmid": money_forms(rng, lang, cur, int((bamt + bsmall) / 2)),
        "gcval": money_forms(rng, lang, cur, rng.choice([10, 20, 25, 50, 50, 100, 100, 200])),
        "pct": str(rng.choice([5, 12, 20, 30, 40, 60, 70, 80, 85, 90])),
        "btag": rng.choice(["$", "@"]) + handle(rng, friend),
        "code": rnd_code(rng, rng.choice([3, 4])),
        "order": str(rng.randint(100000, 9999999)),
    }
    return ctx


def set_channel(chat: Chat, channel: str) -> None:
    """The offender names one channel, one card brand, one app, one coin at a time."""
    rng = chat.rng
    chat.ctx["channel"] = channel
    chat.ctx["pay_how"] = chat.g["payhow_" + channel]
    chat.ctx["gc"] = rng.choice(chat.g["gc"])
    chat.ctx["papp"] = rng.choice(chat.g["papp"])
    chat.ctx["coin"] = rng.choice(chat.g["coin"])


# ----------------------------------------------------------------------------------------------
# Sextortion scripts
# ----------------------------------------------------------------------------------------------
class Script:
    """Builds one conversation and its truth."""

    def __init__(self, rng: random.Random, lang: str, kind: str, cid: str) -> None:
        self.rng, self.lang, self.kind, self.cid = rng, lang, kind, cid
        self.country = rng.choice(LANG_COUNTRY[lang])
        self.chat = Chat(rng, lang, start_time(rng, self.country, evening=True))
        self.cast = Cast(rng, lang, self.country)
        self.chat.ctx = make_ctx(rng, lang, self.country, self.chat)
        self.onset: int | None = None
        self.first_demand: int | None = None
        self.crisis: int | None = None
        self.suspect: str | None = None
        self.target: str | None = None
        self.channels: list[str] = []

    # -- helpers --
    def say(self, who: str, sym: str, mode: str = "fast") -> int:
        before = len(self.chat.msgs)
        i = self.chat.say(who, sym, mode)
        self._note(who, before)
        return i

    def _note(self, who: str, before: int) -> None:
        for j in range(before, len(self.chat.msgs)):
            if who == self.suspect:
                used = self.chat.slot_log[j]
                for k in sorted(used):
                    ch = CHANNEL_SLOTS.get(k)
                    if k == "pay_how":
                        ch = self.chat.ctx.get("channel")
                    if ch and self.onset is not None and ch not in self.channels:
                        self.channels.append(ch)

    def add_people(self, offender_kind: str = "stranger") -> tuple[str, str]:
        rng, ctx = self.rng, self.chat.ctx
        if offender_kind == "friend":
            meta = {
                "account_age_days": rng.randint(0, 6),
                "country": rng.choice(OFFENDER_COUNTRIES),
                "mutuals": rng.randint(0, 2),
            }
            if rng.random() < 0.4:  # a really hacked account of someone the target knows
                meta = {
                    "account_age_days": rng.randint(300, 2500),
                    "country": self.country,
                    "mutuals": rng.randint(40, 300),
                }
            name = ctx["fname"]
        else:
            foreign = rng.random() < 0.75
            meta = {
                "account_age_days": rng.randint(0, 45) if rng.random() < 0.8 else rng.randint(60, 900),
                "country": rng.choice(OFFENDER_COUNTRIES) if foreign else self.country,
                "mutuals": rng.randint(0, 4) if rng.random() < 0.8 else rng.randint(5, 60),
            }
            name = ctx["oname"]
        shown = rng.randint(15, 17) if rng.random() < 0.85 else rng.randint(18, 19)
        x = self.cast.add(name, (15, 19), True, meta, chat=self.chat, age_shown=shown)
        self.chat.styles[x].lower = rng.choice([0.6, 0.9, 1.0])
        t = self.cast.add(ctx["tname"], (13, 17), True, chat=self.chat, age_shown=int(ctx["tage"]))
        self.suspect, self.target = x, t
        return x, t

    def crisis_say(self, who: str, sym: str = "t_crisis", mode: str = "fast") -> int:
        i = self.say(who, sym, mode)
        if self.crisis is None:
            self.crisis = i
        return i

    def smalltalk(self, x: str, t: str, rounds: int, mode: str = "fast") -> None:
        for _ in range(rounds):
            if self.rng.random() < 0.8:
                self.chat.pair(x, t, "pair_smalltalk", mode)
            else:
                self.say(x, "x_react", mode)
                self.say(t, "t_compliment_reply", mode)

    def image_exchange(self, x: str, t: str, slow: bool = False) -> None:
        rng = self.rng
        self.say(x, "x_ask_pic", "fast")
        if rng.random() < 0.6:
            self.say(t, "t_hesitate", "fast")
            if rng.random() < 0.7:
                self.say(x, "x_insist", "fast")
        self.say(t, "t_sent", "slow" if slow and rng.random() < 0.3 else "fast")

    def mark_onset(self, i: int) -> None:
        if self.onset is None:
            self.onset = i
            if self.suspect and self.target:
                self.chat.moods[self.suspect] = "none"
                self.chat.moods[self.target] = "sad"

    def turn(self, x: str, t: str, quiet: bool, slow_deadline: bool = False) -> None:
        """Possession or threat, audience, then the first payment demand."""
        rng = self.rng
        if quiet:
            self.mark_onset(self.say(x, "xq_possession", "fast"))
            if rng.random() < 0.7:
                self.say(t, rng.choice(["t_what", "t_what", "t_panic"]), "fast")
            self.say(x, "xq_leverage", "burst")
            if rng.random() < 0.5:
                self.say(x, "xq_leverage", "burst")
            if rng.random() < 0.7:
                self.say(t, rng.choice(["t_panic", "t_what", "t_plead"]), "fast")
            self.first_demand = self.say(x, "xq_demand", "fast")
            if rng.random() < 0.6:
                self.say(x, "xq_deadline", "burst")
            if rng.random() < 0.4:
                self.say(x, "xq_instructions", "burst")
            return
        first = rng.choice(["x_possession", "x_possession", "x_followers", "x_threat"])
        self.mark_onset(self.say(x, first, "fast"))
        if rng.random() < 0.5:
            self.say(x, rng.choice(["x_followers", "x_threat"]), "burst")
        if rng.random() < 0.8:
            self.say(t, rng.choice(["t_what", "t_what", "t_panic"]), "fast")
        if rng.random() < 0.7:
            self.say(x, "x_threat", "fast")
        if rng.random() < 0.4:
            self.say(t, "t_panic", "fast")
        named = any("audience" in self.chat.slot_log[j] for j in range(self.onset or 0, len(self.chat.msgs)))
        if not named:
            self.say(x, "x_threat_aud", "fast")
        if slow_deadline:
            self.chat.ctx["deadline"] = self.chat.g["deadline_slow"]
        self.first_demand = self.say(x, "x_demand", "fast")
        if rng.random() < 0.5:
            self.say(x, "x_instructions", "burst")

    def aftermath(
        self, x: str, t: str, quiet: bool, rounds: int, want_crisis: bool, allow_paid: bool = False
    ) -> None:
        rng = self.rng
        crisis_at = rng.randrange(rounds) if want_crisis else -1
        for r in range(rounds):
            if r == crisis_at:
                self.crisis_say(t, mode="slow" if rng.random() < 0.3 else "fast")
                if rng.random() < 0.5:
                    self.say(x, "xq_counter" if quiet else "x_counter_plead", "fast")
                continue
            move = rng.choices(
                ["panic", "plead", "bargain", "refuse", "silent", "report", "ask"], [3, 3, 3, 2, 2, 1.5, 1.5]
            )[0]
            if move == "silent":
                self.chat.wait("silence")
                for _ in range(rng.randint(1, 3)):
                    self.say(x, "xq_nudge" if quiet else "x_nudge", "slow")
                continue
            sym = {
                "panic": "t_panic",
                "plead": "t_plead",
                "bargain": "t_bargain",
                "refuse": "t_refuse",
                "report": "t_report",
                "ask": "t_bargain",
            }[move]
            self.say(t, sym, "fast")
            if rng.random() < 0.3:
                self.say(t, rng.choice(["t_panic", "t_plead"]), "burst")
            if quiet:
                self.say(x, rng.choice(["xq_counter", "xq_pressure", "xq_counter"]), "fast")
                if move in ("ask", "bargain") and rng.random() < 0.5:
                    self.say(x, "xq_instructions", "burst")
            else:
                counter = {
                    "panic": "x_counter_plead",
                    "plead": "x_counter_plead",
                    "bargain": "x_counter_bargain",
                    "refuse": "x_counter_refuse",
                    "report": "x_counter_report",
                    "ask": "x_instructions",
                }[move]
                self.say(x, counter, "fast")
                if rng.random() < 0.45:
                    self.say(x, "x_pressure", "burst")
        if rng.random() < 0.35:
            self.say(t, "t_end", "fast")
        elif rng.random() < 0.5:
            self.say(x, "xq_pressure" if quiet else "x_pressure", "slow")

    def repeat_cycle(self, x: str, t: str, quiet: bool) -> None:
        rng = self.rng
        self.say(t, "t_paid", "slow")
        if rng.random() < 0.6:
            self.say(x, "x_false_delete" if not quiet else "xq_counter", "fast")
            if rng.random() < 0.5:
                self.chat.wait(rng.choice(["silence", "hours"]))
        if rng.random() < 0.3:  # a second channel
            set_channel(self.chat, rng.choice(["gift_card", "payment_app", "crypto"]))
        self.chat.ctx["deadline"] = self.chat.g["deadline"]
        self.say(x, "xq_more" if quiet else "x_more", "fast")
        self.say(t, "t_betrayed", "fast")
        ctx = self.chat.ctx  # the new demand is now the amount under discussion
        value = int(re.sub(r"\D", "", ctx["amt2"][-1]) or 100)
        cur = CURRENCY.get(self.country, "$")
        ctx["amt"] = ctx["amt2"]
        ctx["low"] = money_forms(
            rng, self.lang, cur, max(10, int(round(value * rng.uniform(0.1, 0.4) / 5.0) * 5))
        )
        ctx["amt2"] = money_forms(rng, self.lang, cur, int(round(value * rng.uniform(1.3, 2.0) / 50.0) * 50))
        if rng.random() < 0.5:
            self.say(x, "xq_pressure" if quiet else "x_pressure", "fast")

    # -- kinds --
    def sextortion(self, want_crisis: bool) -> None:
        rng, kind = self.rng, self.kind
        quiet = kind == "sextortion_quiet"
        shape = kind
        if quiet:
            shape = rng.choices(
                ["sextortion_fast", "sextortion_slow", "sextortion_hacked", "sextortion_repeat"],
                [0.5, 0.2, 0.15, 0.15],
            )[0]
        channel = rng.choices(
            ["gift_card", "payment_app", "crypto", "bank_transfer", "other"], [0.38, 0.4, 0.1, 0.06, 0.06]
        )[0]
        set_channel(self.chat, channel)
        friend_acct = rng.random() < 0.15
        x, t = self.add_people("friend" if friend_acct else "stranger")
        rounds = rng.randint(2, 7)
        if shape == "sextortion_hacked":
            if rng.random() < 0.45:
                self.mark_onset(self.say(x, rng.choice(["x_hack_claim", "x_ai_claim"]), "fast"))
            else:
                self.say(x, "x_open_friend" if friend_acct else "x_open", "fast")
                self.say(t, "t_greet", "chat")
                self.smalltalk(x, t, rng.randint(0, 3))
                self.mark_onset(self.say(x, rng.choice(["x_hack_claim", "x_ai_claim"]), "fast"))
            self.say(t, "t_disbelief", "fast")
            self.say(x, "x_proof", "fast")
            if rng.random() < 0.5:
                self.say(t, rng.choice(["t_panic", "t_disbelief", "t_what"]), "fast")
            if quiet:
                self.say(x, "xq_leverage", "fast")
                self.first_demand = self.say(x, "xq_demand", "burst")
                if rng.random() < 0.6:
                    self.say(x, "xq_deadline", "burst")
            else:
                self.say(x, rng.choice(["x_threat", "x_followers"]), "fast")
                self.first_demand = self.say(x, "x_demand", "burst")
            self.aftermath(x, t, quiet, rounds, want_crisis)
            return
        slow = shape == "sextortion_slow"
        self.say(x, "x_open_friend" if friend_acct else "x_open", "fast")
        self.say(t, "t_greet", "chat" if slow else "fast")
        if slow:
            sessions = rng.randint(2, 5)
            self.smalltalk(x, t, rng.randint(1, 3), "chat")
            moved = False
            for _ in range(sessions):
                self.chat.wait("days")
                for _ in range(rng.randint(1, 4)):
                    self.chat.pair(x, t, "pair_day", "chat")
                if not moved and rng.random() < 0.5:
                    self.say(x, "x_move_app", "chat")
                    self.say(t, "t_move_ok", "chat")
                    moved = True
                if rng.random() < 0.4:
                    self.say(x, "x_compliment", "chat")
                    self.say(t, "t_compliment_reply", "chat")
            self.chat.wait(rng.choice(["hours", "days"]))
            self.say(x, rng.choice(["x_react", "x_compliment"]), "fast")
            self.image_exchange(x, t, slow=True)
            if rng.random() < 0.4:
                self.chat.wait("silence")
        else:
            self.smalltalk(x, t, rng.randint(1, 4), rng.choice(["fast", "fast", "relaxed"]))
            if rng.random() < 0.6:
                self.say(x, "x_compliment", "fast")
                self.say(t, "t_compliment_reply", "fast")
            if rng.random() < 0.85:
                self.say(x, "x_move_app", "fast")
                self.say(t, "t_move_ok", "fast")
            self.image_exchange(x, t)
        self.turn(x, t, quiet, slow_deadline=slow and rng.random() < 0.4)
        if shape == "sextortion_repeat":
            pre = rng.randint(0, 2)
            if pre:
                self.aftermath(x, t, quiet, pre, want_crisis and rng.random() < 0.3)
            self.repeat_cycle(x, t, quiet)
            if rng.random() < 0.35:
                self.repeat_cycle(x, t, quiet)
            self.aftermath(x, t, quiet, rng.randint(1, 4), want_crisis and self.crisis is None)
        else:
            self.aftermath(x, t, quiet, rounds, want_crisis)


# ----------------------------------------------------------------------------------------------
# Benign lookalikes
# ----------------------------------------------------------------------------------------------
def alternate(s: Script, people: list[str], syms: list[str], n: int, mode: str, stick: float = 0.3) -> None:
    """n messages from a pool of symbols, speakers mostly taking turns."""
    rng = s.rng
    who = rng.randrange(len(people))
    for _ in range(n):
        if rng.random() > stick:
            who = (who + rng.randint(1, len(people) - 1)) % len(people) if len(people) > 1 else 0
        s.say(people[who], rng.choice(syms), mode)
        if rng.random() < 0.06:
            s.chat.wait(rng.choice(["hours", "days", "silence"]))


class Benign(Script):
    def friends(self, n: int, young: bool = True, ages: tuple[int, int] = (13, 17)) -> list[str]:
        g, rng = self.chat.g, self.rng
        names = rng.sample(g["friend"] + g["tname"], n)
        return [self.cast.add(nm, ages, young, chat=self.chat) for nm in names]

    def stranger(self, young: bool, ages: tuple[int, int]) -> str:
        rng, g = self.rng, self.chat.g
        meta = {
            "account_age_days": rng.randint(0, 40) if rng.random() < 0.6 else rng.randint(100, 2000),
            "country": rng.choice(OFFENDER_COUNTRIES + [self.country] * 6),
            "mutuals": rng.randint(0, 3) if rng.random() < 0.7 else rng.randint(4, 50),
        }
        return self.cast.add(rng.choice(g["oname"] + g["friend"]), ages, young, meta, chat=self.chat)

    def mode(self) -> str:
        return self.rng.choice(["fast", "chat", "chat", "slow"])

    def build(self, want_crisis: bool) -> None:
        getattr(self, self.kind)(want_crisis)

    def money_owed(self, _: bool) -> None:
        rng = self.rng
        a, b = self.friends(2, ages=rng.choice([(12, 17), (16, 22)]))
        m = self.mode()
        if rng.random() < 0.5:
            alternate(self, [a, b], ["mo_chat"], rng.randint(1, 6), m)
        self.say(a, "mo_open", m)
        self.say(b, "mo_excuse", m)
        for _ in range(rng.randint(1, 4)):
            if rng.random() < 0.4:
                self.chat.wait(rng.choice(["hours", "days"]))
            self.say(a, rng.choice(["mo_press", "mo_press", "mo_how", "mo_open"]), m)
            self.say(b, rng.choice(["mo_excuse", "mo_excuse", "mo_chat"]), m)
            if rng.random() < 0.3:
                self.say(a, "mo_press", "burst")
        if rng.random() < 0.7:
            self.say(a, "mo_how", m)
            self.say(b, "mo_paid", rng.choice(["fast", "slow", "hours"]))
            self.say(a, "mo_thanks", m)
        if rng.random() < 0.4:
            alternate(self, [a, b], ["mo_chat"], rng.randint(1, 5), m)

    def gift_card_trading(self, _: bool) -> None:
        rng = self.rng
        young = rng.random() < 0.6
        ages = (14, 17) if young else (18, 30)
        seller = self.stranger(young, ages)
        buyer = self.stranger(young, ages) if rng.random() < 0.6 else self.friends(1, young, ages)[0]
        m = rng.choice(["fast", "chat"])
        self.say(seller, "gc_offer", m)
        for _ in range(rng.randint(2, 7)):
            self.say(buyer, "gc_buyer", m)
            self.say(seller, "gc_seller", m)
        if rng.random() < 0.75:
            self.say(buyer, "mk_buyer" if rng.random() < 0.2 else "gc_buyer", m)
            self.say(seller, "gc_code", rng.choice(["fast", "slow"]))
            self.say(buyer, "gc_done", m)

    def crypto_talk(self, _: bool) -> None:
        rng = self.rng
        if rng.random() < 0.3:
            people = [self.stranger(False, (18, 35)), self.stranger(False, (18, 35))]
        else:
            people = self.friends(rng.choice([2, 2, 3]), young=rng.random() < 0.5, ages=(15, 25))
        alternate(self, people, ["ct_line", "ct_line", "ct_line", "bt_chat"], rng.randint(8, 32), self.mode())

    def banter(self, _: bool) -> None:
        rng = self.rng
        people = self.friends(rng.choice([2, 2, 3, 4]))
        m = rng.choice(["fast", "fast", "chat"])
        a, b = people[0], people[1]
        if rng.random() < 0.6:
            alternate(self, people, ["bt_chat"], rng.randint(1, 6), m)
        for _ in range(rng.randint(1, 3)):
            self.say(a, "bt_photo", m)
            self.say(b, "bt_reply", "burst")
            for _ in range(rng.randint(1, 4)):
                self.say(rng.choice([a, *people[2:]]), "bt_tease", m)
                self.say(b, "bt_reply", m)
            if rng.random() < 0.5:
                a, b = b, a
        alternate(self, people, ["bt_chat", "bt_tease"], rng.randint(0, 6), m)

    def bullying(self, want_crisis: bool) -> None:
        rng = self.rng
        people = self.friends(rng.choice([2, 2, 2, 3]))
        victim, bullies = people[-1], people[:-1]
        self.chat.moods[victim] = "sad"
        m = rng.choice(["fast", "chat"])
        n = rng.randint(4, 14)
        crisis_at = rng.randrange(1, n) if want_crisis else -1
        for i in range(n):
            for _ in range(rng.randint(1, 2)):
                self.say(rng.choice(bullies), "bl_attack", m)
            if i == crisis_at:
                self.crisis_say(victim, mode=m)
            elif rng.random() < 0.8:
                self.say(victim, "bl_target", m)
            if rng.random() < 0.1:
                self.chat.wait("hours")

    def safety_lesson(self, _: bool) -> None:
        rng = self.rng
        adult = self.cast.add(
            rng.choice(self.chat.g["mum"]), (32, 55), False, chat=self.chat, formal=rng.random() < 0.5
        )
        teens = self.friends(rng.choice([1, 1, 2]))
        lines = list(self.chat.g["sl_adult"])
        k = rng.randint(4, min(14, len(lines)))
        picked = sorted(rng.sample(range(len(lines)), k))
        for j in picked:
            text, used = self.chat.render_text(lines[j])
            self.chat.emit(adult, text, "chat", used)
            if rng.random() < 0.55:
                self.say(rng.choice(teens), "sl_teen", "fast")

    def news_story(self, _: bool) -> None:
        rng = self.rng
        people = self.friends(rng.choice([2, 2, 3]), young=rng.random() < 0.7, ages=(14, 45))
        alternate(self, people, ["ns_line", "ns_line", "ns_line", "bt_chat"], rng.randint(6, 26), self.mode())

    def ordinary(self, _: bool) -> None:
        rng = self.rng
        sub = rng.choice(["cs", "mk", "gl", "dt"])
        if sub == "cs":
            agent = self.cast.add(rng.choice(self.chat.g["mum"]), None, False, chat=self.chat, formal=True)
            cust = self.friends(1, young=False, ages=(18, 60))[0]
            for _ in range(rng.randint(3, 12)):
                self.say(cust, "cs_customer", "chat")
                self.say(agent, "cs_agent", "fast")
        elif sub == "mk":
            buyer = self.stranger(False, (18, 60))
            seller = self.stranger(False, (18, 60))
            for _ in range(rng.randint(3, 12)):
                self.say(buyer, "mk_buyer", self.mode())
                self.say(seller, "mk_seller", self.mode())
        elif sub == "gl":
            people = self.friends(rng.randint(3, 5), young=rng.random() < 0.5, ages=(15, 30))
            alternate(self, people, ["gl_line"], rng.randint(8, 30), self.mode())
        else:
            a = self.stranger(False, (21, 45))
            b = self.stranger(False, (21, 45))
            alternate(self, [a, b], ["dt_line"], rng.randint(8, 30), self.mode(), stick=0.15)


# ----------------------------------------------------------------------------------------------
# Corpus
# ----------------------------------------------------------------------------------------------
TABLES: dict[str, dict[str, list[str]]] = {}
LANG_WEIGHTS = {"en": 0.76, "es": 0.08, "fr": 0.08, "de": 0.08}


def register_languages() -> None:
    """Every language defines every symbol; emoji, minutes and brand names are shared."""
    neutral = {k: EN[k] for k in ("emo_happy", "emo_sad", "n_min")}
    neutral.update({k: EN_SLOTS[k] for k in ("gc", "bgc", "coin")})
    english_only = {
        "th_lead",
        "th_core",
        "th_tail",
        "dm_lead",
        "dm_verb",
        "dm_tail",
        "tp_lead",
        "tp_core",
        "tp_tail",
        "qd_lead",
        "qd_core",
        "ps_lead",
        "ps_core",
        "ps_tail",
        "qp_lead",
        "qp_core",
        "qq_lead",
        "qq_core",
        "tb_lead",
        "tb_core",
        "pr_lead",
        "pr_core",
        "mp_lead",
        "mp_threat",
        "mp_core",
        "bp_what",
        "bp_lead",
        "bp_core",
        "ba_lead",
        "ba_core",
        "ql_lead",
        "ql_core",
        "xf_lead",
        "xf_core",
        "nl_lead",
        "nl_core",
    }
    want = (set(EN) | set(EN_SLOTS)) - english_only
    for lang, grammar, slots in LANGUAGE_SOURCES:
        table = {**neutral, **grammar, **slots}
        missing = sorted(want - set(table))
        if missing:
            raise SystemExit(f"grammar {lang}: missing symbols {missing}")
        # threats that name who will see it (the fast shape always has one)
        table["x_threat_aud"] = [t for t in table["x_threat"] if "{audience}" in t or "{th_core}" in t]
        TABLES[lang] = table


def allocate(n: int, names: list[str], weights: list[float]) -> list[str]:
    """Exact shares by largest remainder."""
    total = sum(weights)
    raw = [n * w / total for w in weights]
    counts = [int(r) for r in raw]
    order = sorted(range(len(names)), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return [name for name, c in zip(names, counts, strict=True) for _ in range(c)]


def plan(rng: random.Random, n: int) -> list[tuple[str, str, bool]]:
    n_sx = round(n * 0.30)
    kinds = allocate(n_sx, SEXTORTION_KINDS, SEXTORTION_WEIGHTS)
    kinds += allocate(n - n_sx, BENIGN_KINDS, [1.0] * len(BENIGN_KINDS))
    langs_avail = [lang for lang in LANG_WEIGHTS if lang in TABLES]
    langs = allocate(n, langs_avail, [LANG_WEIGHTS[lang] for lang in langs_avail])
    rng.shuffle(kinds)
    rng.shuffle(langs)
    crisis = [False] * n
    sx_idx = [i for i, k in enumerate(kinds) if k.startswith("sextortion")]
    for i in rng.sample(sx_idx, round(len(sx_idx) * 0.15)):
        crisis[i] = True
    bl_idx = [i for i, k in enumerate(kinds) if k == "bullying"]
    for i in rng.sample(bl_idx, round(len(bl_idx) * 0.35)):
        crisis[i] = True
    return [(kinds[i], langs[i], crisis[i]) for i in range(n)]


def build_one(
    seed: int, i: int, kind: str, lang: str, want_crisis: bool
) -> tuple[dict[str, Any], dict[str, Any]]:
    cid = f"s-{i + 1}"
    for attempt in range(20):
        rng = random.Random(f"{seed}:{i}:{attempt}")
        if kind.startswith("sextortion"):
            s: Script = Script(rng, lang, kind, cid)
            s.sextortion(want_crisis)
        else:
            s = Benign(rng, lang, kind, cid)
            s.build(want_crisis)
        msgs = s.chat.msgs
        if not 6 <= len(msgs) <= 80:
            continue
        if want_crisis and s.crisis is None:
            continue
        if kind.startswith("sextortion") and (s.onset is None or s.first_demand is None):
            continue
        break
    if len(msgs) > 80:
        del msgs[80:]
    label = "sextortion" if kind.startswith("sextortion") else "benign"
    target = s.target if label == "sextortion" or s.crisis is not None else None
    if label == "benign" and s.crisis is not None:
        target = msgs[s.crisis]["author"]
    conv = {"id": cid, "participants": s.cast.people, "messages": msgs}
    truth = {
        "id": cid,
        "label": label,
        "kind": kind,
        "suspect": s.suspect if label == "sextortion" else None,
        "target": target,
        "onset": s.onset,
        "first_demand": s.first_demand,
        "crisis": s.crisis,
        "payment_channels": (s.channels or ["other"]) if label == "sextortion" else [],
        "language": lang,
    }
    return conv, truth


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Synthetic sextortion / benign lookalike chats (writer_a).")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("--n", type=int, required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    args = ap.parse_args(argv)
    if args.n < 1:
        print("--n must be at least 1", file=sys.stderr)
        return 2
    register_languages()
    rng = random.Random(args.seed)
    with open(args.out, "w", encoding="utf-8") as out, open(args.truth, "w", encoding="utf-8") as tru:
        for i, (kind, lang, crisis) in enumerate(plan(rng, args.n)):
            conv, truth = build_one(args.seed, i, kind, lang, crisis)
            out.write(json.dumps(conv, ensure_ascii=False) + "\n")
            tru.write(json.dumps(truth, ensure_ascii=False) + "\n")
    return 0


LANGUAGE_SOURCES: list[tuple[str, dict[str, list[str]], dict[str, list[str]]]] = [
    ("en", EN, EN_SLOTS),
    ("es", ES, ES_SLOTS),
    ("fr", FR, FR_SLOTS),
    ("de", DE, DE_SLOTS),
]

if __name__ == "__main__":
    sys.exit(main())
