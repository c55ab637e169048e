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
        {hey} its {friend}, this is my new account
        yo its me {friend}, lost my old acc
        {hey} its {friend} my other acc got hacked lol
        {tname}! its {friend}, follow this one, old one is dead
        {hey} this is {friend}, new acc cuz i forgot my password
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
        yo {friend}! whats up
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
        your {rel} is called {mum} right? see
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
    """),
    "xq_leverage": L("""
        would be a shame if your {rel}'s facebook saw this
        your coach follows you right?
        {school} has a big group chat i heard
        your {rel} has {app} right? {sib}
        lots of family in your followers i see
        imagine the {team} boys seeing it
        your {rel} comments on all your posts, cute
        i wonder what {friend} would think
        {mum} is your {rel}? she seems nice
        you've got like 400 followers. lot of people
        your school page has a lot of followers
        how would your {rel} feel getting that in her messages
        be a pity if that turned up at {school} tomorrow
        nice family photo on your page
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
        ill pay u back for the food later
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
        then they say something like 'i have your pictures, pay me {amt} or i'll send them to all your followers'
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
    "tname": L("jay josh liam noah ethan tyler ryan jack ollie leo max mason logan aiden kai ben sam dylan luke alex"
               .replace(" ", "\n")),
    "oname": L("jess emily sarah mia chloe ava ella amber lily sophie hannah bella lexi".replace(" ", "\n")),
    "friend": L("jake cam ellie zara tom harry finn callum rhys kayla nathan evie mo josh lucy abby ethan"
                .replace(" ", "\n")),
    "mum": L("karen lisa michelle sarah donna tracy amanda nicola emma julie".replace(" ", "\n")),
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
    "thing": L("tickets\npizza\nconcert\ncinema\ntaxi\nuber\ntrainers\nhoodie\nfestival\nmeal\ngame\ntrip"),
    "thing2": L("party\ncar\nvape\nscratch on the door\nbroken lamp\nlate night"),
    "place": L("the park\nmcdonalds\nmaccies\nthe mall\nthe beach\njacks party\nthe trip\ncamp\nprom"),
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
# Engine: slot filling, speaker styles, pace
# ----------------------------------------------------------------------------------------------
SLOT = re.compile(r"\{(\w+)\}")
CHANNEL_SLOTS = {"gc": "gift_card", "papp": "payment_app", "tag": "payment_app", "wallet": "crypto",
                 "coin": "crypto", "acct": "bank_transfer"}
SEXTORTION_KINDS = ["sextortion_fast", "sextortion_slow", "sextortion_hacked", "sextortion_repeat",
                    "sextortion_quiet"]
SEXTORTION_WEIGHTS = [0.37, 0.14, 0.13, 0.13, 0.23]
BENIGN_KINDS = ["money_owed", "gift_card_trading", "crypto_talk", "banter", "bullying", "safety_lesson",
                "news_story", "ordinary"]

# word-level shortening a teenager might use (English only)
EN_ABBR = {"you": "u", "your": "ur", "you're": "ur", "are": "r", "okay": "ok", "really": "rly",
           "because": "bc", "please": "pls", "tomorrow": "tmrw", "don't": "dont", "i'm": "im",
           "what": "wat", "right now": "rn", "to be honest": "tbh", "know": "kno", "people": "ppl",
           "though": "tho", "thanks": "thx", "later": "l8r", "before": "b4", "going to": "gonna",
           "want to": "wanna", "can't": "cant", "won't": "wont", "it's": "its", "that's": "thats"}
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
        return w[:i] + w[i + 1] + w[i] + w[i + 2:]
    if op < 0.7:
        return w[:i] + w[i + 1:]
    return w[:i] + w[i] + w[i:]


def stylize(rng: random.Random, text: str, st: Style, lang: str, mood: str = "any") -> str:
    if text.startswith("[") and text.endswith("]"):
        return text
    if st.abbr and lang == "en":
        for full, short in EN_ABBR.items():
            if full in text.lower() and rng.random() < st.abbr:
                text = re.sub(r"\b" + re.escape(full) + r"\b", short, text, flags=re.IGNORECASE)
    words = text.split(" ")
    if st.typo:
        words = [typo_word(rng, w) if rng.random() < st.typo else w for w in words]
    if st.elong and words and rng.random() < st.elong:
        w = words[-1]
        if w and w[-1].isalpha():
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
            kept = [o for o in options
                    if all(CHANNEL_SLOTS.get(k, channel) == channel for k in SLOT.findall(o))]
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
        text = stylize(self.rng, text, self.styles[who], self.lang, self.moods.get(who, mood)).strip() or "..."
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


# ----------------------------------------------------------------------------------------------
# People, places, times
# ----------------------------------------------------------------------------------------------
LANG_COUNTRY = {"en": ["GB", "US", "US", "CA", "AU", "IE", "NZ"], "es": ["ES", "MX", "CO", "AR", "CL"],
                "fr": ["FR", "FR", "BE", "CA", "CH"], "de": ["DE", "DE", "AT", "CH"]}
COUNTRY_TZ = {"GB": [0, 1], "IE": [0, 1], "US": [-4, -5, -6, -7, -8], "CA": [-4, -5, -7], "AU": [10, 11, 8],
              "NZ": [12, 13], "ES": [1, 2], "MX": [-6], "CO": [-5], "AR": [-3], "CL": [-3, -4],
              "FR": [1, 2], "BE": [1, 2], "CH": [1, 2], "DE": [1, 2], "AT": [1, 2]}
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

    def add(self, name: str, age: tuple[int, int] | None, young: bool, meta: dict[str, Any] | None = None,
            formal: bool = False, chat: Chat | None = None, age_shown: int | None = None) -> str:
        h = handle(self.rng, name)
        while h in self.people:
            h = handle(self.rng, name)
        prof: dict[str, Any] = {}
        if age and self.rng.random() < 0.4:
            prof["declared_age"] = age_shown if age_shown is not None else self.rng.randint(*age)
        if self.rng.random() < 0.34:
            prof["meta"] = meta or {"account_age_days": self.rng.randint(150, 3000), "country": self.country,
                                    "mutuals": self.rng.randint(3, 400)}
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
CURRENCY = {"US": "$", "CA": "$", "AU": "$", "NZ": "$", "MX": "$", "CO": "$", "AR": "$", "CL": "$",
            "GB": "£", "IE": "€", "ES": "€", "FR": "€", "BE": "€", "DE": "€", "AT": "€", "CH": "CHF"}


def money_forms(rng: random.Random, lang: str, cur: str, n: int) -> list[str]:
    if lang == "en":
        if cur == "$":
            return [f"${n}", f"{n} dollars", f"{n}$", f"{n}", f"${n}", f"{n} usd" if rng.random() < 0.5 else f"${n}"]
        if cur == "£":
            return [f"£{n}", f"{n} pounds", f"{n} quid", f"£{n}", f"{n}"]
        return [f"€{n}", f"{n} euros", f"{n}€", f"{n}"]
    word = {"es": {"$": "pesos" if rng.random() < 0.3 else "dólares", "€": "euros", "CHF": "francos"},
            "fr": {"$": "dollars", "€": "euros", "CHF": "francs"},
            "de": {"$": "Dollar", "€": "Euro", "CHF": "Franken"}}[lang][cur]
    sym = "€" if cur == "€" else ("$" if cur == "$" else "CHF ")
    return [f"{n} {word}", f"{n}{sym}".replace(" ", ""), f"{n} {word}", f"{n}"]


def rnd_code(rng: random.Random, groups: int = 3) -> str:
    al = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    return "-".join("".join(rng.choice(al) for _ in range(4)) for _ in range(groups))


def make_ctx(rng: random.Random, lang: str, country: str, chat: Chat) -> dict[str, Any]:
    g = chat.g
    cur = CURRENCY.get(country, "$")
    amt = rng.choice([70, 100, 100, 150, 150, 200, 200, 200, 250, 300, 300, 350, 400, 500, 500, 600, 700,
                      80, 120, 1000, 50])
    amt2 = int(round(amt * rng.uniform(1.3, 3.0) / 50.0) * 50) or 100
    low = max(10, int(round(amt * rng.uniform(0.1, 0.5) / 5.0) * 5))
    low2 = max(10, int(round((amt - low) / 5.0) * 5))
    tname = rng.choice(g["tname"])
    cname = lambda: rng.choice(g["friend"])  # noqa: E731
    friend = cname()
    friend2 = cname()
    tag_base = rng.choice(g["oname"]).lower() + rng.choice(["", "x", "_", "."]) + str(rng.randint(1, 999))
    bamt = rng.choice([5, 8, 10, 12, 15, 20, 20, 25, 30, 40, 45, 50, 60, 70, 80, 100, 120, 150, 200])
    bsmall = max(2, int(bamt * rng.uniform(0.4, 0.8)))
    ctx: dict[str, Any] = {
        "tname": tname, "oname": rng.choice(g["oname"]), "friend": friend, "friend2": friend2,
        "mum": rng.choice(g["mum"]), "school": rng.choice(g["school"]), "city": rng.choice(g["city"]),
        "ocity": rng.choice(g["city"]), "oage": str(rng.randint(15, 17)), "tage": str(rng.randint(14, 17)),
        "ohandle": handle(rng, rng.choice(g["oname"])), "app": rng.choice(g["app"]),
        "app2": rng.choice(g["app2"]),
        "amt": money_forms(rng, lang, cur, amt), "amt2": money_forms(rng, lang, cur, amt2),
        "low": money_forms(rng, lang, cur, low), "low2": money_forms(rng, lang, cur, low2),
        "tag": rng.choice(["$", "@", "$", "@"]) + tag_base,
        "wallet": rng.choice(["bc1q", "0x", "T"]) + "".join(rng.choice("0123456789abcdef") for _ in range(26)),
        "acct": " ".join(str(rng.randint(1000, 9999)) for _ in range(rng.randint(2, 4))),
        "pw": tname.lower()[:2] + rng.choice("aeiklmnrst") + "***", "num": str(rng.randint(1, 2010)),
        "sib": "@" + handle(rng, rng.choice(g["oname"])),
        "bamt": money_forms(rng, lang, cur, bamt), "bsmall": money_forms(rng, lang, cur, bsmall),
        "bmid": money_forms(rng, lang, cur, int((bamt + bsmall) / 2)),
        "gcval": money_forms(rng, lang, cur, rng.choice([10, 20, 25, 50, 50, 100, 100, 200])),
        "pct": str(rng.choice([5, 12, 20, 30, 40, 60, 70, 80, 85, 90])),
        "btag": rng.choice(["$", "@"]) + handle(rng, friend), "code": rnd_code(rng, rng.choice([3, 4])),
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
            meta = {"account_age_days": rng.randint(0, 6), "country": rng.choice(OFFENDER_COUNTRIES),
                    "mutuals": rng.randint(0, 2)}
            if rng.random() < 0.4:  # a really hacked account of someone the target knows
                meta = {"account_age_days": rng.randint(300, 2500), "country": self.country,
                        "mutuals": rng.randint(40, 300)}
            name = ctx["friend"]
        else:
            foreign = rng.random() < 0.75
            meta = {"account_age_days": rng.randint(0, 45) if rng.random() < 0.8 else rng.randint(60, 900),
                    "country": rng.choice(OFFENDER_COUNTRIES) if foreign else self.country,
                    "mutuals": rng.randint(0, 4) if rng.random() < 0.8 else rng.randint(5, 60)}
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
        if slow_deadline:
            self.chat.ctx["deadline"] = self.chat.g["deadline_slow"]
        self.first_demand = self.say(x, "x_demand", "fast")
        if rng.random() < 0.5:
            self.say(x, "x_instructions", "burst")

    def aftermath(self, x: str, t: str, quiet: bool, rounds: int, want_crisis: bool,
                  allow_paid: bool = False) -> None:
        rng = self.rng
        crisis_at = rng.randrange(rounds) if want_crisis else -1
        for r in range(rounds):
            if r == crisis_at:
                self.crisis_say(t, mode="slow" if rng.random() < 0.3 else "fast")
                if rng.random() < 0.5:
                    self.say(x, "xq_counter" if quiet else "x_counter_plead", "fast")
                continue
            move = rng.choices(["panic", "plead", "bargain", "refuse", "silent", "report", "ask"],
                               [3, 3, 3, 2, 2, 1.5, 1.5])[0]
            if move == "silent":
                self.chat.wait("silence")
                for _ in range(rng.randint(1, 3)):
                    self.say(x, "xq_nudge" if quiet else "x_nudge", "slow")
                continue
            sym = {"panic": "t_panic", "plead": "t_plead", "bargain": "t_bargain", "refuse": "t_refuse",
                   "report": "t_report", "ask": "t_bargain"}[move]
            self.say(t, sym, "fast")
            if rng.random() < 0.3:
                self.say(t, rng.choice(["t_panic", "t_plead"]), "burst")
            if quiet:
                self.say(x, rng.choice(["xq_counter", "xq_pressure", "xq_counter"]), "fast")
                if move in ("ask", "bargain") and rng.random() < 0.5:
                    self.say(x, "xq_instructions", "burst")
            else:
                counter = {"panic": "x_counter_plead", "plead": "x_counter_plead",
                           "bargain": "x_counter_bargain", "refuse": "x_counter_refuse",
                           "report": "x_counter_report", "ask": "x_instructions"}[move]
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
        ctx["low"] = money_forms(rng, self.lang, cur, max(10, int(round(value * rng.uniform(0.1, 0.4) / 5.0) * 5)))
        ctx["amt2"] = money_forms(rng, self.lang, cur, int(round(value * rng.uniform(1.3, 2.0) / 50.0) * 50))
        if rng.random() < 0.5:
            self.say(x, "xq_pressure" if quiet else "x_pressure", "fast")

    # -- kinds --
    def sextortion(self, want_crisis: bool) -> None:
        rng, kind = self.rng, self.kind
        quiet = kind == "sextortion_quiet"
        shape = kind
        if quiet:
            shape = rng.choices(["sextortion_fast", "sextortion_slow", "sextortion_hacked", "sextortion_repeat"],
                                [0.5, 0.2, 0.15, 0.15])[0]
        channel = rng.choices(["gift_card", "payment_app", "crypto", "bank_transfer", "other"],
                              [0.38, 0.4, 0.1, 0.06, 0.06])[0]
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
            for s in range(sessions):
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
            self.smalltalk(x, t, rng.randint(1, 4), rng.choice(["fast", "fast", "chat"]))
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
        meta = {"account_age_days": rng.randint(0, 40) if rng.random() < 0.6 else rng.randint(100, 2000),
                "country": rng.choice(OFFENDER_COUNTRIES + [self.country] * 6),
                "mutuals": rng.randint(0, 3) if rng.random() < 0.7 else rng.randint(4, 50)}
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
                self.say(rng.choice([a] + people[2:]), "bt_tease", m)
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
        adult = self.cast.add(rng.choice(self.chat.g["mum"]), (32, 55), False, chat=self.chat,
                              formal=rng.random() < 0.5)
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
    for lang, grammar, slots in LANGUAGE_SOURCES:
        TABLES[lang] = {**grammar, **slots}


def allocate(n: int, names: list[str], weights: list[float]) -> list[str]:
    """Exact shares by largest remainder."""
    total = sum(weights)
    raw = [n * w / total for w in weights]
    counts = [int(r) for r in raw]
    order = sorted(range(len(names)), key=lambda i: raw[i] - counts[i], reverse=True)
    for i in order[: n - sum(counts)]:
        counts[i] += 1
    return [name for name, c in zip(names, counts) for _ in range(c)]


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


def build_one(seed: int, i: int, kind: str, lang: str, want_crisis: bool) -> tuple[dict[str, Any], dict[str, Any]]:
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
    truth = {"id": cid, "label": label, "kind": kind, "suspect": s.suspect if label == "sextortion" else None,
             "target": target, "onset": s.onset, "first_demand": s.first_demand, "crisis": s.crisis,
             "payment_channels": (s.channels or ["other"]) if label == "sextortion" else [], "language": lang}
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


LANGUAGE_SOURCES: list[tuple[str, dict[str, list[str]], dict[str, list[str]]]] = [("en", EN, EN_SLOTS)]

if __name__ == "__main__":
    sys.exit(main())
