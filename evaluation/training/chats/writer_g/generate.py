#!/usr/bin/env python3
# ruff: noqa: E501  (phrase banks are one line per conversational function)
"""Training corpus of synthetic chat conversations for the grooming early-warning detector (writer_g).

Written from evaluation/specs/chats.md alone. Standard library only; deterministic from --seed.

    python generate.py --seed S --n N --out CHATS.jsonl --truth TRUTH.jsonl

Every conversation is synthetic and non-explicit: grooming conversations show manipulation in plain words
(friendship, flattery, secrecy, isolation, platform moves, gifts, finding out when the child is alone,
proposing to meet) and stop there. Phrase banks are written separately per language (en, es, fr, de), keyed
by conversational function, and assembled into conversations by per-kind builders; see README.md.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

# --- English -------------------------------------------------------------------------------------
EN: dict[str, str] = {
    # small talk shared by many kinds
    "hi": "hey|hi|hiya|heyy|yo|hello|hey you|heyyy|hi there|sup|morning|evening all",
    "howru": "how are you?|how r u|you ok?|hows it going|how was your day|wyd|what you up to|you alright?|hows things",
    "fine": "good thanks u?|fine|not bad|ok i guess|bored tbh|tired lol|pretty good actually|meh|alright, you?|been better",
    "ack": "ok|okay|k|sure|yeah|yep|alright|cool|fine|got it|ok ok|np|sounds good|right",
    "laugh": "lol|haha|hahaha|lmao|😂|ha|lolll|haha true|😭😭",
    "bye": "gotta go|bye|ttyl|night|gn|see ya|talk later|laters|ok bye x|cya",
    "thanks": "thanks|thank you!|thx|ty|cheers|thanks so much|ahh thank you",
    "unsure": "idk|not sure|maybe|dunno|hmm|i guess|depends|why?|not really",
    # kid small-talk fillers (question / answer)
    "kq": "did you finish the {subj} homework?|watching anything good?|what music you into rn?|you got any pets?|what did you have for dinner|whats your fav subject|are you going to the thing on {day}|did you see the new {game} update|what are you doing {day}|is school boring today or what",
    "ka": "nah not yet its so long|rewatching an old series lol|mostly rap and some old stuff|yeah a cat called biscuit|pasta again 🙄|art probably|maybe idk|yeah its sick|nothing much|soooo boring|just chilling|i hate {subj} tbh|not really my thing|yeah we got a dog",
    # adult small-talk fillers
    "aq": "hows work been?|busy week?|any plans for the weekend?|did you watch the match?|what did you end up cooking?|hows the new flat?|still on for {day}?|you survive monday?",
    "aa": "mad busy but ok|dont ask 😅|not much, might go for a walk|yeah what a game|just pasta, too tired|finally unpacked|yep should be|barely lol|quiet one i think|same old same old",
    # ----- grooming: typical
    "g_open": "hey saw you play {game} too|hi, you in the {game} group right?|hey your post about {game} was funny|hi sorry random but you seem cool|hey, we played {game} together yesterday i think|hi 🙂 love your profile|hey! you commented on my video",
    "c_open": "hi|hey who is this|oh hey|ya i play it a lot|haha thanks|yeah that was me|hey 🙂|um hi",
    "g_age_q": "how old are you btw?|what age r u|asl lol|how old r u if you dont mind me asking|are you like 14 or something?|what year are you in at school?|age?",
    "c_age": "{age}|{age} u?|im {age}|{age} why|nearly {age1}|year 8|im in year 9|{age} and you?",
    "c_age_wary": "why do you want to know|not telling lol|old enough|why does it matter|idk you yet",
    "g_own_age_adult": "im {sage}, hope thats ok|{sage} but i dont act it lol|im a bit older, {sage}|{sage}, age is just a number really",
    "g_own_age_young": "same haha im {fage}|im {fage} too|{fage}, nearly {fage1}|ha im {fage}",
    "g_mature": "you seem way more mature than {age} tbh|honestly you talk like someone much older|youre not like other kids your age|you're really grown up for your age you know that|most {age} year olds are so immature but you're different|you seem older than you are",
    "c_flatter": "haha thanks|really?|people say that sometimes|lol ok|aw thanks|i guess 😊|idk about that",
    "g_parents_q": "are your parents strict?|do your parents check your phone?|do your mum and dad go through your messages?|your parents around much?",
    "c_parents": "kinda|my mum sometimes does|not really they dont care|my dad is strict yeah|only my mum lives with me|they dont really check",
    "g_alone_q": "are you home alone right now?|anyone else home?|are you on your own tonight?|is anyone with you rn?|you alone?",
    "c_alone": "yeah mums at work|just my brother|yeah till about {hour}|no just me and the dog lol|for now yeah|no why",
    "g_computer_q": "does anyone else use your phone?|is this your own laptop or a family one?|does your sister use that ipad too?",
    "c_computer": "its mine|my own phone|we share the laptop|mine mostly",
    "g_secret": "dont tell your parents about me ok? they wouldnt get it|this stays between us yeah?|dont mention me to anyone, people get weird about online friends|keep this our secret ok|your mum doesnt need to know we talk|best not to tell anyone about our chats",
    "c_secret": "ok|why?|i wont|um ok|why not|i guess|fine 🤐",
    "g_move_app": "add me on {app}, its more private|lets talk on {app} instead|do you have {app}? easier there|this app is rubbish, message me on {app}|whats your {app}? we can chat properly there",
    "c_move": "ok whats your name on it|i dont have it|my mum doesnt let me have {app}|sure|maybe later|ill download it",
    "g_gift": "i could get you {gift} if you want|want me to send you {gift}?|ill buy you {gift}, no big deal|ive got {gift} going spare, want it?|let me treat you to {gift}",
    "c_gift": "omg really?|no way|you dont have to|thats so nice|ok thanks!!|why would you do that|wait for real?",
    "g_meet": "we should meet up sometime|i could come meet you {place} on {day}|lets meet, ill get the bus to yours|i could pick you up after school {day}|wanna hang out irl? im not far",
    "c_meet_no": "idk about that|my mum wouldnt let me|maybe|i dont know you that well|im not sure",
    "c_meet_yes": "ok maybe|where|what time|if i can get out|ok|sure why not",
    "g_push": "come on i thought we were friends|its fine nobody has to know|i came all this way for you|dont you trust me?|i thought you were more grown up than that|just for a bit, its no big deal",
    # ----- grooming: quiet
    "q_open": "you were right about that song btw|how did the test go?|hey you ok after yesterday?|did your mum calm down?|i kept thinking about what you said|guess what happened at work today|was your day as long as mine",
    "q_open_c": "it went ok|lol told you|not really|kinda|what happened|yeah long day",
    "q_interest": "i used to love drawing too, show me what youre working on sometime|you've got really good taste in music honestly|we like all the same stuff its funny|i was just like you at your age, always in my room with music|we'd get on so well in real life",
    "q_schedule": "what time does your mum usually get back from work?|is your dad still doing nights?|so you get home before everyone else?|whats your usual after school, straight home?|does anyone pick you up or do you walk?|what time do you finish on wednesdays?",
    "c_schedule": "like {hour} ish, sometimes later|yeah til next month|yeah usually|straight home mostly|i just walk, its not far|{hour} on wednesdays|why",
    "q_route": "which bus do you take home?|is your school the one by the big roundabout?|do you walk past the park on the way?|is that near the leisure centre?|whats the nearest shop to yours",
    "c_route": "the 42|yeah that one|yeah through the park|kind of, its round the corner|theres a spar at the end of my road|why lol",
    "q_exclusive": "nobody gets me like you do|i can tell you things i cant tell anyone else|honestly talking to you is the best part of my day|you're the only one who actually listens to me|its crazy how well you understand me|i dont really talk like this with anyone else",
    "c_exclusive": "same tbh|aw|really?|thats nice|you too|haha stop",
    "q_friends": "your friends dont really understand you, do they|sounds like they only message when they want something|i wouldnt have left you out like that|they dont deserve you tbh|maybe you've outgrown them",
    "c_friends": "they left me out again today|maybe|yeah they can be mean|idk theyre ok sometimes|i guess",
    "q_screen": "where are you sat right now?|is your door shut?|anyone reading over your shoulder lol|are you in your room or downstairs?|can anyone see what you're typing",
    "c_screen": "at the kitchen table|yeah why|no lol|in my room|nobody around|downstairs with my brother",
    "q_delete": "maybe clear our chat after, people can take things the wrong way|you might want to delete this convo, your mum reads stuff right|can you delete the messages from last night|do you clear your history? just wondering",
    "c_delete": "ok|why|i never delete stuff|ok done|hm ok",
    "q_second": "maybe make another account just for us|have you got a second account your mum doesnt know about?|you could make a new one with a different name, easier|a spare account would be handy, no one checks those",
    "c_second": "i could i guess|thats a lot of effort lol|i have a finsta|why",
    "q_favour": "can you do me a tiny favour|could you stay up a bit later tonight so we can talk?|change your status to the song i sent, as our little joke|can you message me as soon as you get in from school?|promise me youll reply first thing tomorrow",
    "c_favour": "what is it|ok|maybe|ill try|sure",
    "q_resent": "sounds like your mum doesnt really listen to you|they treat you like a little kid|its not fair they take your phone like that|your dad shouldnt shout at you like that|i'd never talk to you like they do",
    "c_resent": "she never does|yeah its so annoying|they just dont get it|its fine|i hate it here sometimes",
    "q_secret_world": "this is just our thing ok|i like that we have our own little world|other people wouldnt understand us|lets keep this just between you and me|its nicer when its only us",
    "c_secret_world": "ok|yeah|i like that|haha ok|🙂",
    "q_meet_soft": "i'm usually {place} on saturdays if youre ever about|if you ever fancy a hot chocolate im not far from your school|would be nice to finally say hi in person|we could just walk round the park one day, nothing weird|if you're around {day} i could say hi",
    "q_sad_c": "had a rubbish day|everyone was annoying at school|my mum shouted at me again|i feel like nobody likes me|cant wait to leave this town",
    "q_comfort": "im always here for you, you know that|that sounds rough, im sorry|you deserve so much better|i'd never let anyone treat you like that|message me whenever, day or night",
    # ----- family_parent
    "fp_pickup": "ill pick you up at {hour} outside the gate|can you be ready {hour}? im coming to get you|running 10 mins late, wait inside|dad will get you from practice today|im in the car park, blue car obviously lol|bus or do you want a lift?",
    "fp_alone": "im back at {hour}, youre on your own till then ok?|lock the door when you get in, im home by {hour}|are you home alone yet? text me when you're in|nana isnt coming today so its just you till {hour}, pizza in the freezer",
    "fp_alone_c": "ok|yep im in|door locked 👍|can i have the pizza now|ok mum|got it",
    "fp_surprise": "dont tell your sister about the surprise!!|shh its a secret, dont say anything to dad about the party|keep the cake a secret til sunday ok|dont tell your brother what we got him",
    "fp_surprise_c": "i wont 🤐|my lips are sealed|ok lol|she keeps asking tho|he wont find out",
    "fp_gift": "got you something, its on your bed|did you like the trainers?|i'll top up your phone credit later|ive put some money on your card for the trip",
    "fp_keys": "have you got your keys?|dont forget your keys again|keys are under the pot if you forgot",
    "fp_screen": "phone off at 9 please|thats enough gaming for today|screen time's up, homework|how long have you been on that thing",
    "fp_app": "delete that app please, its not for your age|who is adding you on that app? i dont like it|can you show me that new app when im home|i read about that app, lets talk about it tonight",
    "fp_app_c": "fine|its literally for school|ok but everyone has it|ok ill show you|muuum",
    "fp_love": "love you, text me when youre home|proud of you x|dont forget to eat something|night love x|be safe",
    "fp_c_ask": "can i go to {friend}'s after school?|can i have money for the cinema|can {friend} come over|can you get me from {friend}'s at {hour}|where are you",
    "fp_answer": "yes but be home by {hour}|ask your dad|ok if homework is done|not tonight sorry love|ill ring {friend}'s mum first",
    # ----- family_relative
    "fr_size": "what size are you now? want to get you something for your birthday|what shoe size are you these days?|are you still a size 12-13 in tops?|your mum says you grew loads, what size are you?",
    "fr_size_c": "13-14 i think|size 5 shoes|ask mum lol|idk medium?",
    "fr_secret": "its a secret, dont tell your mum! its for her birthday|can you find out what perfume your mum likes without her knowing|shh dont tell grandad, its a surprise for him|were planning a surprise for your dad, keep it quiet ok?",
    "fr_secret_c": "ok i wont!|shes gonna love it|ill try to find out|my lips are sealed",
    "fr_visit": "were coming up on {day}, cant wait to see you|can i pick you up {day}? ill do lunch|do you want a lift to your mums?|im dropping your present round {day}, will you be in?",
    "fr_visit_c": "yesss|ok ill ask mum|ill be home after {hour}|cant wait!",
    "fr_gift": "i put a little something in the post|did the parcel arrive?|whats on your christmas list this year?|do you want a voucher or should i pick something",
    "fr_gift_c": "thank you!!!|it came today its amazing|maybe a voucher?|a new game maybe 👀",
    "fr_love": "love you lots|give your mum a hug from me|so proud of you sweetheart|miss you x",
    # ----- teacher / coach
    "tc_schedule": "training is {place} on {day} this week, same time|match is {day}, meet at the club {hour}|no practice this week, pitch is flooded|revised timetable attached for the tournament|session starts {hour} sharp please",
    "tc_travel": "who needs a lift to the away match?|minibus leaves {hour}, dont be late|parents, please confirm transport by thursday|ill be driving the minibus, can your dad drop you at school?",
    "tc_travel_r": "my mum can take me|ill get the train with {friend}|can i get a lift?|dad will drop me|we can take two more kids in our car",
    "tc_praise": "great effort today, really proud of the team|your {subj} essay was excellent, well done|you've improved so much this term|brilliant work on the test|really good attitude in training today|very mature attitude today, well done",
    "tc_praise_r": "thank you!|thanks miss|thanks coach|cheers sir|🙌",
    "tc_kit": "remember your kit and water bottle|shin pads are compulsory|please bring the signed form|kit order closes friday",
    "tc_homework": "remember the {subj} homework is due {day}|i posted the worksheet on the class page|if youre stuck on question 4 come see me at lunch|tutoring is moved to {hour}",
    "tc_homework_q": "whats the homework again?|im stuck on question 3|can i hand it in late?|is it on the class page?|does it need to be typed",
    "tc_homework_a": "yes, you can have til monday|try the example in the book first|its on the class page|come see me at break|email your mum so she knows",
    # ----- peers
    "p_secret": "ok dont tell anyone but|promise you wont tell|dont tell your mum i told you lol|this is a secret ok|swear you wont say",
    "p_crush": "i think i like {friend}|{friend} was looking at you in class|do you think {friend} likes me|omg {friend} said hi to me|{friend} and {friend2} are going out apparently",
    "p_crush_r": "omggg|no way|tell me everything|i knew it|ew lol|ur so obvious 😂",
    "p_app": "get {app} everyone is on it|download {app} so we can group chat|my mum wont let me get {app}|have you got {app} yet",
    "p_meet": "meet at the park at {hour}?|wanna come to mine after school|come to the shops with us {day}|meet {place} at {hour}?",
    "p_meet_r": "yesss|cant, grounded|ill ask my mum|ok see u there|maybe",
    "p_age": "how old is your cousin|is your brother 16 now?|when is your birthday again|ur the youngest in our year lol",
    "p_compliment": "ur hair looks sick|love your new trainers|ur so good at drawing|u were so funny today",
    "p_mum": "dont tell mum i was on my phone late|my mum took my phone lol|dont tell my mum i got detention|my mum is so annoying",
    # ----- friends meeting (adults)
    "fm_plan": "still on for {day}?|drinks {day}? been ages|lets do dinner next week|are you around {day}? want to catch up",
    "fm_addr": "im at {street}, flat 3, buzz twice|address is {street}, the blue door|postcode coming now|its {street}, parking round the back",
    "fm_app": "message me on {app}, my phone hates this app|moving this to {app}, easier for the group|add me on {app} instead|can you switch to {app}, i dont check this much",
    "fm_meet": "meet {place} at {hour}?|ill be {place} from {hour}|see you {place} then|shall we meet {place} first?",
    "fm_r": "perfect|yes!|works for me|cant wait|ill bring wine|might be 10 min late|see you there",
    # ----- adults (romantic / friendly)
    "ad_flirt": "you looked gorgeous last night|cant stop thinking about you|you have the best laugh|youre honestly amazing you know that|missed you today|you make me smile every time",
    "ad_flirt_r": "stop it 😊|you're sweet|missed you too|haha you're not so bad yourself|❤️|flatterer",
    "ad_alone": "are you alone tonight? want to call?|house to yourself? come over|kids asleep? call me|are you free to talk, just us?",
    "ad_secret": "dont tell the others about us yet|lets keep it quiet at work for now|just between us til we tell everyone|can you keep the party a secret from dave?",
    "ad_r": "ok|of course|sure|deal|yes call me|give me 10 min",
    # ----- gamers
    "gm_squad": "squad up at {hour}?|need one more for ranked|anyone on tonight?|gg that was close|you carried that match lol|we need a healer",
    "gm_age": "how old are you btw|u sound like 12 lol|what age r u|ur voice is so young lol how old",
    "gm_age_r": "16|13 why|old enough to beat you lol|14 u?|im 19 lol",
    "gm_gift": "ill gift you the skin if you want|i got extra {igift}, want some?|sending you a gift for carrying me|someone gifted me the battle pass lol",
    "gm_gift_r": "no way thanks|ayyy|you sure?|legend|ty ty",
    "gm_discord": "add me on discord|join the discord, link in bio|whats your discord?|hop in vc|voice chat on discord?",
    "gm_discord_r": "sent|cant vc rn|added|whats ur tag|ok joining",
    "gm_trash": "ur so bad lol|who even plays that character|lag is insane|that was so unfair|report that guy",
    # ----- safety lesson
    "sl_intro": "saw a talk at school today about online safety, thought id share|did you read that leaflet about grooming?|the school sent a thing about online safety, worth reading|quick one about online safety before the holidays",
    "sl_quote": 'they said groomers often say "dont tell your parents" or "this is our secret"|apparently they ask if youre home alone or who uses your computer|they often say stuff like "youre so mature for your age"|the leaflet says they offer gift cards or game money to build trust|they try to get kids to move to another app where no one can see|one sign is someone saying "nobody understands you like i do"',
    "sl_advice": "if anyone asks you to keep secrets, tell an adult|block and report, then come and tell me|you wont get in trouble for telling me|screenshot it and show a teacher|never meet someone you only know online",
    "sl_r": "ok|we did this in pshe|thats creepy|good to know|i know mum|thanks for sharing, ill talk to mine",
    # ----- ordinary
    "or_cs": "hi, my order hasnt arrived|can you tell me where my parcel is?|i need to reset my password|i was charged twice",
    "or_cs_r": "sorry about that, can i have your order number?|i can help with that, whats the email on the account?|ive refunded the duplicate charge|it should arrive {day}",
    "or_sell": "is the bike still for sale?|would you take 80 for it?|can i come and see the bike {day}?|whats the address for pickup?",
    "or_sell_r": "yes still available|90 is my lowest|sure, after {hour} is fine|{street}, just ring the bell|cash only please",
    "or_nb": "are you home? i've got a parcel for you|your cat is in our garden again lol|bins go out tonight btw|can you water our plants while were away?|is your wifi down too?",
    "or_nb_r": "thanks so much! ill pop round|haha sorry!|thanks for reminding me|of course, leave the key|yes its been down all day",
    "or_group": "whos bringing drinks?|meeting time changed to {hour}|can someone grab chairs|room 4 is booked for {day}|reminder: fees due friday",
    "or_group_r": "me|noted|ill bring some|thanks|👍",
}
# --- Spanish -------------------------------------------------------------------------------------
ES: dict[str, str] = {
    "hi": "hola|holaa|buenas|ey|hey|holi|qué pasa|buenas tardes|wenas",
    "howru": "qué tal?|cómo estás?|q tal|qué haces|todo bien?|cómo te ha ido el día|k haces",
    "fine": "bien y tú?|bien|aquí aburrida|cansado jaja|normal|regular|muy bien la verdad|tirando",
    "ack": "vale|ok|sí|va|dale|perfecto|vale vale|genial|claro|okis",
    "laugh": "jajaja|jaja|jajajaj|xd|😂|jsjsjs|jajaj q va",
    "bye": "me voy|chao|hasta luego|buenas noches|nos vemos|luego hablamos|bss",
    "thanks": "gracias|mil gracias|grax|gracias!!|muchas gracias",
    "unsure": "no sé|nse|puede|depende|ni idea|por?|hmm",
    "kq": "has hecho los deberes de {subj}?|estás viendo alguna serie?|qué música escuchas ahora?|tienes mascota?|qué has cenado|qué haces {day}?|has visto la actualización de {game}?|el insti hoy qué tal",
    "ka": "no, es un rollo|estoy con una serie vieja jaja|reguetón y un poco de todo|sí, un gato que se llama Bigotes|tortilla|nada, estar en casa|sí, está bastante bien|odio {subj}|un aburrimiento|sí tenemos una perra",
    "aq": "qué tal el curro?|semana movida?|planes para el finde?|viste el partido?|qué tal el piso nuevo?|seguimos en pie para {day}?",
    "aa": "una locura pero bien|ni me hables 😅|nada, a descansar|sí, qué partidazo|por fin todo colocado|sí sí|tranquilo",
    "g_open": "hola, tú también juegas a {game}?|ey, te vi en el grupo de {game}|me hizo gracia tu comentario jaja|hola perdona, pareces maja|creo que jugamos juntos ayer a {game}|hola 🙂 me gusta tu perfil",
    "c_open": "hola|quién eres?|ah hola|sí juego bastante|jaja gracias|sí era yo|eh hola",
    "g_age_q": "cuántos años tienes?|y tú qué edad tienes?|oye cuántos años tienes si se puede saber|tendrás unos 14 no?|en qué curso estás?|edad?",
    "c_age": "{age}|{age} y tú?|tengo {age}|{age} por?|casi {age1}|estoy en segundo de la eso|{age}, y tú",
    "c_age_wary": "para qué quieres saberlo|no te lo digo jaja|por qué|no te conozco",
    "g_own_age_adult": "yo {sage}, espero que no te importe|{sage} pero no los aparento jaja|soy un poco mayor, {sage}|{sage}, la edad es solo un número",
    "g_own_age_young": "yo también jaja tengo {fage}|{fage}|yo {fage}, casi {fage1}",
    "g_mature": "pareces mucho más madura de lo que eres|hablas como alguien mayor de verdad|no eres como los demás de tu edad|para tener {age} eres muy madura|se nota que eres más adulta que tus amigos",
    "c_flatter": "jaja gracias|tú crees?|me lo dicen a veces|ay gracias|😊|no sé yo",
    "g_parents_q": "tus padres son muy estrictos?|te miran el móvil tus padres?|tus padres leen tus mensajes?|están mucho en casa tus padres?",
    "c_parents": "un poco|mi madre a veces|no les importa mucho|mi padre sí es estricto|vivo solo con mi madre",
    "g_alone_q": "estás sola en casa ahora?|hay alguien más en casa?|estás solo esta noche?|estás sola?",
    "c_alone": "sí mi madre trabaja|solo mi hermano|sí hasta {hour}|solo yo y el perro jaja|por?",
    "g_computer_q": "alguien más usa tu móvil?|el portátil es tuyo o de toda la familia?|tu hermana usa también la tablet?",
    "c_computer": "es mío|mi móvil|lo compartimos|casi siempre yo",
    "g_secret": "no les digas nada de mí a tus padres vale? no lo entenderían|esto queda entre nosotros eh|no le hables a nadie de mí, la gente se pone rara|que sea nuestro secreto|tu madre no tiene por qué saber que hablamos",
    "c_secret": "vale|por?|no diré nada|bueno|por qué no|🤐",
    "g_move_app": "agrégame a {app}, es más privado|mejor hablamos por {app}|tienes {app}? allí es más fácil|esta app es malísima, escríbeme por {app}|pásame tu {app} y hablamos mejor",
    "c_move": "vale cuál es tu nombre|no lo tengo|mi madre no me deja tener {app}|vale|luego|me lo descargo",
    "g_gift": "te puedo regalar {gift} si quieres|quieres que te mande {gift}?|te compro {gift}, no pasa nada|tengo {gift} que no voy a usar, lo quieres?",
    "c_gift": "en serio?|nooo|no hace falta|qué majo|vale gracias!!|por qué harías eso",
    "g_meet": "deberíamos quedar algún día|podría ir a verte {place} {day}|quedamos? cojo el bus hasta tu pueblo|te puedo recoger al salir del insti {day}|quedamos en persona? no vivo lejos",
    "c_meet_no": "no sé|mi madre no me dejaría|a lo mejor|no te conozco tanto|no estoy segura",
    "c_meet_yes": "vale puede|dónde|a qué hora|si puedo salir|vale",
    "g_push": "venga creía que éramos amigos|no pasa nada nadie se va a enterar|no confías en mí?|pensaba que eras más madura|solo un ratito, no es para tanto",
    "q_open": "tenías razón con lo de la canción|qué tal el examen?|estás mejor después de lo de ayer?|se le pasó el enfado a tu madre?|me quedé pensando en lo que me dijiste",
    "q_open_c": "bien creo|jaja te lo dije|no mucho|más o menos|qué pasó",
    "q_interest": "yo también dibujaba mucho, enséñame lo que haces algún día|tienes muy buen gusto para la música|nos gustan las mismas cosas, qué fuerte|yo era igual que tú a tu edad|nos llevaríamos genial en persona",
    "q_schedule": "a qué hora suele volver tu madre del trabajo?|tu padre sigue con el turno de noche?|entonces llegas a casa antes que nadie?|al salir del insti vas directa a casa?|te recoge alguien o vas andando?|a qué hora sales los miércoles?",
    "c_schedule": "sobre {hour}, a veces más tarde|sí hasta el mes que viene|sí casi siempre|sí, directa a casa|voy andando, está cerca|a {hour} los miércoles|por?",
    "q_route": "qué autobús coges para volver?|tu insti es el que está al lado de la rotonda grande?|pasas por el parque de camino?|eso está cerca del polideportivo?|cuál es la tienda más cerca de tu casa",
    "c_route": "el 27|sí ese|sí, cruzo el parque|más o menos, a la vuelta|hay un día al final de mi calle|por qué jaja",
    "q_exclusive": "nadie me entiende como tú|contigo puedo hablar de cosas que no cuento a nadie|hablar contigo es lo mejor de mi día|eres la única que me escucha de verdad|es increíble lo bien que me entiendes",
    "c_exclusive": "yo igual|ayy|en serio?|qué bonito|tú también|jaja para",
    "q_friends": "tus amigas no te entienden de verdad, no?|parece que solo te escriben cuando quieren algo|yo no te habría dejado de lado así|no te merecen la verdad|igual ya no tienes tanto que ver con ellas",
    "c_friends": "hoy me volvieron a dejar sola|puede|sí a veces son malas|no sé a veces están bien|supongo",
    "q_screen": "dónde estás ahora?|tienes la puerta cerrada?|no hay nadie mirando por encima del hombro no? jaja|estás en tu cuarto o en el salón?|alguien puede ver lo que escribes?",
    "c_screen": "en la mesa de la cocina|sí por?|no jaja|en mi cuarto|no hay nadie|en el salón con mi hermano",
    "q_delete": "igual mejor borra el chat luego, la gente malinterpreta las cosas|borra esta conversación, que tu madre lee todo no?|puedes borrar los mensajes de anoche?|sueles borrar el historial? por curiosidad",
    "c_delete": "vale|por qué|nunca borro nada|ya está|bueno",
    "q_second": "podrías hacerte otra cuenta solo para nosotros|tienes una segunda cuenta que no conozca tu madre?|hazte una nueva con otro nombre, es más fácil|una cuenta de repuesto iría bien, esas no las mira nadie",
    "c_second": "podría|qué pereza jaja|tengo una secundaria|por qué",
    "q_favour": "me haces un favor pequeñito?|puedes quedarte despierta un poco más esta noche para hablar?|pon de estado la canción que te pasé, como broma nuestra|me escribes en cuanto llegues del insti?|prométeme que mañana me contestas lo primero",
    "c_favour": "qué|vale|a ver|lo intento|claro",
    "q_resent": "parece que tu madre no te escucha mucho|te tratan como a una niña pequeña|no es justo que te quiten el móvil así|tu padre no debería gritarte así|yo nunca te hablaría como ellos",
    "c_resent": "nunca me escucha|sí es muy pesado|no lo entienden|da igual|a veces odio estar aquí",
    "q_secret_world": "esto es solo nuestro vale|me gusta que tengamos nuestro propio mundo|los demás no nos entenderían|que quede entre tú y yo|se está mejor cuando somos solo nosotros",
    "c_secret_world": "vale|sí|me gusta|jaja vale|🙂",
    "q_meet_soft": "los sábados suelo estar {place} si te pasas|si algún día te apetece un chocolate caliente estoy cerca de tu insti|estaría bien saludarte en persona por fin|podríamos dar una vuelta por el parque, nada raro|si estás por ahí {day} te saludo",
    "q_sad_c": "vaya día de mierda|todos pesadísimos en clase|mi madre me ha vuelto a gritar|siento que no le caigo bien a nadie|tengo ganas de irme de este pueblo",
    "q_comfort": "yo siempre estoy aquí para ti|vaya, lo siento mucho|te mereces mucho más|yo no dejaría que nadie te tratara así|escríbeme cuando quieras, de día o de noche",
    "fp_pickup": "te recojo a {hour} en la puerta|estás lista a {hour}? voy a por ti|llego 10 min tarde, espera dentro|hoy te recoge papá del entrenamiento|estoy en el parking|bus o te llevo?",
    "fp_alone": "vuelvo a {hour}, hasta entonces estás sola vale?|cierra con llave al llegar, estoy en casa a {hour}|ya estás en casa? avísame cuando llegues|la abuela no viene hoy así que estás solo hasta {hour}, hay pizza en el congelador",
    "fp_alone_c": "vale|ya estoy|cerrado 👍|puedo hacer la pizza ya?|vale mamá",
    "fp_surprise": "no le digas nada a tu hermana de la sorpresa!!|shh es secreto, ni una palabra a papá de la fiesta|que no se entere tu hermano de lo que le hemos comprado|lo de la tarta es secreto hasta el domingo",
    "fp_surprise_c": "no diré nada 🤐|soy una tumba|vale jaja|no para de preguntar|no se va a enterar",
    "fp_gift": "te he dejado una cosa en la cama|te gustaron las zapatillas?|luego te recargo el móvil|te he puesto dinero en la tarjeta para la excursión",
    "fp_keys": "llevas las llaves?|no te olvides las llaves otra vez|las llaves están debajo de la maceta",
    "fp_screen": "el móvil fuera a las 9|ya vale de jugar por hoy|se acabó la pantalla, a hacer deberes|cuánto llevas con eso",
    "fp_app": "borra esa app, no es para tu edad|quién te agrega en esa app? no me gusta|me enseñas esa app nueva cuando llegue?|he leído cosas de esa app, luego hablamos",
    "fp_app_c": "vale|es para el insti|pero todos la tienen|vale te la enseño|mamaaa",
    "fp_love": "te quiero, avísame cuando llegues|qué orgullosa estoy de ti|come algo eh|buenas noches cariño|ten cuidado",
    "fp_c_ask": "puedo ir a casa de {friend} después de clase?|me das dinero para el cine?|puede venir {friend}?|me recoges de casa de {friend} a {hour}?|dónde estás",
    "fp_answer": "sí pero a {hour} en casa|pregúntale a tu padre|si has hecho los deberes sí|hoy no cariño|primero llamo a la madre de {friend}",
    "fr_size": "qué talla tienes ahora? quiero comprarte algo para tu cumple|qué número de pie tienes ya?|sigues con la talla 12?|tu madre dice que has crecido mucho, qué talla usas?",
    "fr_size_c": "la 14 creo|un 38|pregúntale a mamá jaja|una M?",
    "fr_secret": "es un secreto, no le digas nada a tu madre! es para su cumple|puedes averiguar qué perfume le gusta a tu madre sin que se entere?|shh no se lo digas al abuelo, es una sorpresa|le estamos preparando una sorpresa a tu padre, calladita eh",
    "fr_secret_c": "vale no diré nada!|le va a encantar|intento enterarme|soy una tumba",
    "fr_visit": "subimos {day}, qué ganas de verte|te recojo {day} y comemos juntos?|quieres que te lleve a casa de tu madre?|paso {day} a dejarte el regalo, estarás?",
    "fr_visit_c": "siii|vale le pregunto a mamá|estoy en casa a partir de {hour}|qué ganas!",
    "fr_gift": "te he mandado una cosita por correo|te llegó el paquete?|qué quieres para reyes este año?|prefieres una tarjeta regalo o elijo yo",
    "fr_gift_c": "gracias!!!|ha llegado hoy, me encanta|una tarjeta mejor?|un juego nuevo 👀",
    "fr_love": "te quiero mucho|dale un beso a tu madre de mi parte|qué orgullosa estoy de ti cariño|te echo de menos",
    "tc_schedule": "el entreno se cambia a {place} {day}, misma hora|el partido es {day}, quedamos en el club a {hour}|esta semana no hay entreno, el campo está inundado|os paso el horario del torneo|empezamos a {hour} en punto",
    "tc_travel": "quién necesita que le lleven al partido de fuera?|el autobús sale a {hour}, puntuales|familias, confirmad transporte antes del jueves|llevo yo la furgoneta, te puede dejar tu padre en el colegio?",
    "tc_travel_r": "me lleva mi madre|voy en tren con {friend}|me podéis llevar?|me lleva mi padre|tenemos dos plazas más en el coche",
    "tc_praise": "gran esfuerzo hoy, muy orgulloso del equipo|tu redacción de {subj} estaba genial, enhorabuena|has mejorado muchísimo este trimestre|muy buen examen|muy buena actitud en el entreno|muy madura tu actitud hoy, enhorabuena",
    "tc_praise_r": "gracias!|gracias profe|gracias míster|🙌",
    "tc_kit": "acordaos de la equipación y el agua|las espinilleras son obligatorias|traed la autorización firmada|el pedido de ropa cierra el viernes",
    "tc_homework": "recordad que los deberes de {subj} son para {day}|he subido la ficha al classroom|si te atascas en el ejercicio 4 ven a verme en el recreo|la clase de repaso pasa a {hour}",
    "tc_homework_q": "cuáles eran los deberes?|no me sale el 3|puedo entregarlo más tarde?|está en el classroom?|hay que hacerlo a ordenador",
    "tc_homework_a": "sí, tienes hasta el lunes|mira primero el ejemplo del libro|está en el classroom|ven a verme en el recreo|díselo a tu madre para que lo sepa",
    "p_secret": "vale no se lo digas a nadie pero|prométeme que no lo cuentas|no le digas a tu madre que te lo he dicho jaja|es secreto eh|júrame que no dices nada",
    "p_crush": "creo que me gusta {friend}|{friend} te estaba mirando en clase|crees que le gusto a {friend}?|dios {friend} me ha saludado|dicen que {friend} y {friend2} están saliendo",
    "p_crush_r": "diosss|no me digas|cuéntamelo todo|lo sabía|puaj jaja|se te nota muchísimo 😂",
    "p_app": "bájate {app} todo el mundo lo tiene|descarga {app} y hacemos grupo|mi madre no me deja tener {app}|tienes ya {app}?",
    "p_meet": "quedamos en el parque a {hour}?|te vienes a mi casa después de clase?|vente al centro con nosotras {day}|quedamos {place} a {hour}?",
    "p_meet_r": "siii|no puedo estoy castigada|le pregunto a mi madre|vale nos vemos|puede",
    "p_age": "cuántos años tiene tu primo?|tu hermano ya tiene 16?|cuándo era tu cumple?|eres la más pequeña de la clase jaja",
    "p_compliment": "tu pelo está genial así|me encantan tus zapas nuevas|dibujas superbién|hoy estuviste graciosísima",
    "p_mum": "no le digas a mi madre que estuve con el móvil hasta tarde|mi madre me ha quitado el móvil jaja|no le digas a mi madre lo del castigo|mi madre es un pesada",
    "fm_plan": "seguimos para {day}?|unas cañas {day}? hace mil que no nos vemos|cenamos la semana que viene?|estás libre {day}? a ver si nos ponemos al día",
    "fm_addr": "estoy en {street}, 3º B, llama dos veces|la dirección es {street}, la puerta azul|te paso la ubicación|es {street}, se aparca detrás",
    "fm_app": "escríbeme por {app}, esta app va fatal|pasamos esto a {app}, es mejor para el grupo|agrégame en {app}|cambiamos a {app}? esta casi no la miro",
    "fm_meet": "quedamos {place} a {hour}?|estaré {place} desde {hour}|nos vemos {place} entonces|quedamos antes {place}?",
    "fm_r": "perfecto|sí!|me va bien|qué ganas|llevo vino|igual llego 10 min tarde|allí nos vemos",
    "ad_flirt": "anoche estabas guapísima|no dejo de pensar en ti|tienes la mejor risa del mundo|eres increíble, lo sabes?|hoy te he echado de menos|siempre me sacas una sonrisa",
    "ad_flirt_r": "para 😊|qué mono|yo también a ti|jaja tú tampoco estás mal|❤️|zalamero",
    "ad_alone": "estás sola esta noche? te llamo?|tienes la casa para ti? vente|los niños dormidos? llámame|puedes hablar, solos tú y yo?",
    "ad_secret": "no digas nada a los demás de lo nuestro todavía|en el curro mejor calladitos por ahora|que quede entre nosotros hasta que lo contemos|puedes guardar el secreto de la fiesta? que Dani no se entere",
    "ad_r": "vale|claro|hecho|sí llámame|dame 10 min",
    "gm_squad": "partida a {hour}?|nos falta uno para ranked|alguien conectado esta noche?|gg, por los pelos|nos has llevado tú jaja|necesitamos un healer",
    "gm_age": "cuántos años tienes|pareces de 12 jaja|qué edad tienes|tienes voz de crío, cuántos años tienes",
    "gm_age_r": "16|13 por?|los suficientes para ganarte jaja|14 y tú?|tengo 19 jaja",
    "gm_gift": "te regalo la skin si quieres|me sobran {igift}, quieres?|te mando un regalo por carrearme|me regalaron el pase de batalla jaja",
    "gm_gift_r": "gracias crack|ayyy|seguro?|eres un máquina|grax",
    "gm_discord": "agrégame al discord|únete al discord, link en la bio|cuál es tu discord?|métete al canal de voz|hablamos por discord?",
    "gm_discord_r": "enviado|ahora no puedo hablar|agregado|cuál es tu tag|voy",
    "gm_trash": "eres malísimo jaja|quién juega con ese personaje|el lag es horrible|eso ha sido injusto|reporta a ese",
    "sl_intro": "hoy en el cole nos han dado una charla de seguridad en internet, te cuento|has leído el folleto sobre grooming?|el colegio ha mandado una circular sobre seguridad online, merece la pena|una cosa sobre internet antes de las vacaciones",
    "sl_quote": 'dicen que los acosadores suelen decir "no se lo digas a tus padres" o "es nuestro secreto"|por lo visto preguntan si estás solo en casa o quién usa el ordenador|suelen decir cosas como "eres muy madura para tu edad"|el folleto dice que ofrecen tarjetas regalo o dinero del juego para ganarse la confianza|intentan que te pases a otra app donde nadie vea nada|una señal es alguien que te dice "nadie te entiende como yo"',
    "sl_advice": "si alguien te pide guardar secretos, díselo a un adulto|bloquea y denuncia, y luego me lo cuentas|no te vas a meter en ningún lío por contármelo|haz captura y enséñasela a un profe|nunca quedes con alguien que solo conoces de internet",
    "sl_r": "vale|eso lo dimos en tutoría|qué mal rollo|bueno saberlo|ya lo sé mamá|gracias, lo hablaré con los míos",
    "or_cs": "hola, mi pedido no ha llegado|me podéis decir dónde está mi paquete?|necesito cambiar la contraseña|me habéis cobrado dos veces",
    "or_cs_r": "lo sentimos, me indica el número de pedido?|le ayudo, cuál es el correo de la cuenta?|ya le hemos devuelto el cargo duplicado|debería llegar {day}",
    "or_sell": "sigue disponible la bici?|me la dejarías en 80?|puedo ir a verla {day}?|cuál es la dirección para recogerla?",
    "or_sell_r": "sí sigue disponible|90 es lo mínimo|claro, a partir de {hour}|{street}, toca el timbre|solo efectivo por favor",
    "or_nb": "estás en casa? tengo un paquete tuyo|tu gato está otra vez en nuestro jardín jaja|esta noche toca sacar la basura|nos riegas las plantas mientras estamos fuera?|a ti también se te ha ido el wifi?",
    "or_nb_r": "mil gracias! ahora paso|jaja perdón!|gracias por avisar|claro, déjame la llave|sí, todo el día sin",
    "or_group": "quién trae bebida?|cambiamos la hora a {hour}|alguien puede traer sillas?|la sala 4 está reservada {day}|recordad que la cuota se paga el viernes",
    "or_group_r": "yo|apuntado|llevo yo|gracias|👍",
}
# --- French --------------------------------------------------------------------------------------
FR: dict[str, str] = {
    "hi": "salut|slt|coucou|cc|hey|bonjour|yo|wesh|bonsoir",
    "howru": "ça va?|cv?|tu fais quoi|ça a été ta journée?|tu vas bien?|quoi de neuf",
    "fine": "ça va et toi?|oui ça va|bof|je m'ennuie|crevé mdr|tranquille|trop bien|ça peut aller",
    "ack": "ok|d'accord|dac|oui|ouais|ça marche|parfait|okk|carrément|vu",
    "laugh": "mdr|ptdr|hahaha|mdrrr|😂|jpp|xD",
    "bye": "je dois y aller|bisous|à plus|bonne nuit|a+|on se parle plus tard|biz",
    "thanks": "merci|merci beaucoup|mrc|merci!!|trop gentil merci",
    "unsure": "jsp|je sais pas|peut-être|bof|pourquoi?|ça dépend|hmm",
    "kq": "t'as fini le devoir de {subj}?|tu regardes une série en ce moment?|t'écoutes quoi comme musique?|t'as un animal?|vous avez mangé quoi ce soir|tu fais quoi {day}?|t'as vu la maj de {game}?|le collège c'était comment aujourd'hui",
    "ka": "non c'est trop long|je revois une vieille série mdr|du rap surtout|oui un chat qui s'appelle Caramel|des pâtes encore 🙄|rien de spécial|ouais elle est ouf|je déteste les {subj}|trop chiant|on a un chien",
    "aq": "ça va le boulot?|grosse semaine?|des plans pour le week-end?|t'as vu le match?|alors cet appart?|toujours ok pour {day}?",
    "aa": "la folie mais ça va|m'en parle pas 😅|rien, repos|oui quel match|enfin installés|oui normalement|tranquille",
    "g_open": "salut tu joues à {game} aussi?|coucou, t'es dans le groupe {game} non?|ton commentaire m'a fait rire mdr|salut désolé c'est random mais t'as l'air sympa|je crois qu'on a joué ensemble hier sur {game}|coucou 🙂 j'aime bien ton profil",
    "c_open": "salut|c'est qui?|ah salut|oui j'y joue souvent|mdr merci|oui c'était moi|euh salut",
    "g_age_q": "t'as quel âge au fait?|tu as quel âge?|t'as quel âge si c'est pas indiscret|t'as genre 14 ans?|t'es en quelle classe?|âge?",
    "c_age": "{age}|{age} et toi?|j'ai {age} ans|{age} pourquoi|bientôt {age1}|je suis en 5e|en 4e|{age} ans et toi",
    "c_age_wary": "pourquoi tu veux savoir|je dis pas mdr|pourquoi|je te connais pas",
    "g_own_age_adult": "moi {sage}, j'espère que ça te dérange pas|{sage} mais je les fais pas mdr|je suis un peu plus vieux, {sage}|{sage}, l'âge c'est qu'un chiffre",
    "g_own_age_young": "pareil mdr j'ai {fage}|{fage}|moi {fage}, bientôt {fage1}",
    "g_mature": "tu fais vraiment plus mature que ton âge|franchement tu parles comme quelqu'un de plus vieux|t'es pas comme les autres de ton âge|pour {age} ans t'es super mature|on voit que t'es plus adulte que tes potes",
    "c_flatter": "mdr merci|tu trouves?|on me le dit parfois|ah merci|😊|bof",
    "g_parents_q": "tes parents sont stricts?|tes parents regardent ton tel?|ils lisent tes messages tes parents?|ils sont souvent là tes parents?",
    "c_parents": "un peu|ma mère des fois|non ils s'en fichent|mon père oui|je vis qu'avec ma mère",
    "g_alone_q": "t'es toute seule chez toi là?|y a quelqu'un d'autre chez toi?|t'es seul ce soir?|t'es seule?",
    "c_alone": "oui ma mère travaille|juste mon frère|oui jusqu'à {hour}|juste moi et le chien mdr|pourquoi",
    "g_computer_q": "quelqu'un d'autre utilise ton tel?|c'est ton ordi ou celui de la famille?|ta sœur utilise aussi la tablette?",
    "c_computer": "c'est le mien|mon tel à moi|on le partage|surtout moi",
    "g_secret": "parle pas de moi à tes parents ok? ils comprendraient pas|ça reste entre nous hein|dis à personne qu'on se parle, les gens se font des idées|c'est notre secret d'accord|ta mère a pas besoin de savoir qu'on parle",
    "c_secret": "ok|pourquoi?|je dirai rien|bon ok|pourquoi pas|🤐",
    "g_move_app": "ajoute-moi sur {app}, c'est plus privé|on parle plutôt sur {app}?|t'as {app}? c'est plus simple|cette appli est nulle, écris-moi sur {app}|donne-moi ton {app} on sera mieux",
    "c_move": "ok c'est quoi ton pseudo|je l'ai pas|ma mère veut pas que j'aie {app}|ok|plus tard|je le télécharge",
    "g_gift": "je peux t'offrir {gift} si tu veux|tu veux que je t'envoie {gift}?|je t'achète {gift}, c'est rien|j'ai {gift} en trop, tu veux?",
    "c_gift": "sérieux?|nonnn|t'es pas obligé|trop gentil|ok merci!!|pourquoi tu ferais ça",
    "g_meet": "faudrait qu'on se voie un jour|je pourrais venir te voir {place} {day}|on se voit? je prends le bus jusqu'à chez toi|je peux venir te chercher à la sortie du collège {day}|on se voit en vrai? j'habite pas loin",
    "c_meet_no": "jsp|ma mère voudra jamais|peut-être|je te connais pas trop|je suis pas sûre",
    "c_meet_yes": "ok peut-être|où|à quelle heure|si j'arrive à sortir|ok",
    "g_push": "allez je croyais qu'on était amis|t'inquiète personne saura|tu me fais pas confiance?|je pensais que t'étais plus mature que ça|juste un peu, c'est pas grave",
    "q_open": "t'avais raison pour la chanson|alors ce contrôle?|ça va mieux depuis hier?|ta mère s'est calmée?|j'ai repensé à ce que tu m'as dit",
    "q_open_c": "ça a été je crois|mdr je te l'avais dit|pas trop|bof|quoi?",
    "q_interest": "moi aussi je dessinais beaucoup, montre-moi ce que tu fais un jour|t'as vraiment bon goût en musique|on aime les mêmes trucs c'est fou|j'étais exactement comme toi à ton âge|on s'entendrait trop bien en vrai",
    "q_schedule": "ta mère rentre vers quelle heure du boulot d'habitude?|ton père fait toujours les nuits?|du coup t'es la première à rentrer?|après les cours tu rentres direct?|quelqu'un vient te chercher ou tu rentres à pied?|tu finis à quelle heure le mercredi?",
    "c_schedule": "vers {hour}, des fois plus tard|oui jusqu'au mois prochain|oui souvent|oui direct|à pied c'est pas loin|à midi le mercredi|pourquoi",
    "q_route": "tu prends quel bus pour rentrer?|ton collège c'est celui près du grand rond-point?|tu passes par le parc en rentrant?|c'est près de la piscine ça?|c'est quoi le magasin le plus près de chez toi",
    "c_route": "le 12|oui celui-là|oui je traverse le parc|à peu près, juste à côté|y a un carrefour city au bout de ma rue|pourquoi mdr",
    "q_exclusive": "personne me comprend comme toi|avec toi je peux parler de trucs que je dis à personne|parler avec toi c'est le meilleur moment de ma journée|t'es la seule qui m'écoute vraiment|c'est fou comme tu me comprends",
    "c_exclusive": "pareil|ohh|c'est vrai?|c'est mignon|toi aussi|mdr arrête",
    "q_friends": "tes copines te comprennent pas vraiment hein|on dirait qu'elles t'écrivent que quand elles veulent un truc|moi je t'aurais pas laissée de côté comme ça|elles te méritent pas franchement|t'as peut-être plus grand-chose en commun avec elles",
    "c_friends": "elles m'ont encore laissée de côté aujourd'hui|peut-être|oui elles sont méchantes parfois|jsp des fois ça va|je sais pas",
    "q_screen": "t'es où là?|ta porte est fermée?|personne lit par-dessus ton épaule mdr|t'es dans ta chambre ou en bas?|quelqu'un peut voir ce que t'écris?",
    "c_screen": "à la table de la cuisine|oui pourquoi|non mdr|dans ma chambre|y a personne|en bas avec mon frère",
    "q_delete": "efface peut-être la conv après, les gens comprennent mal|tu devrais supprimer cette conv, ta mère lit tout non?|tu peux effacer les messages d'hier soir?|tu effaces ton historique? juste pour savoir",
    "c_delete": "ok|pourquoi|j'efface jamais rien|c'est fait|bon",
    "q_second": "tu pourrais faire un autre compte juste pour nous|t'as un deuxième compte que ta mère connaît pas?|fais-en un nouveau avec un autre nom, c'est plus simple|un compte en plus ce serait pratique, personne regarde ceux-là",
    "c_second": "je pourrais|flemme mdr|j'ai un compte secondaire|pourquoi",
    "q_favour": "tu peux me rendre un petit service?|tu peux rester réveillée un peu plus tard ce soir pour qu'on parle?|mets la chanson que je t'ai envoyée en statut, pour notre blague|tu m'écris dès que tu rentres du collège?|promets-moi de me répondre en premier demain matin",
    "c_favour": "quoi|ok|on verra|j'essaie|oui",
    "q_resent": "on dirait que ta mère t'écoute pas vraiment|ils te traitent comme une gamine|c'est pas juste qu'ils te prennent ton tel comme ça|ton père devrait pas te crier dessus comme ça|moi je te parlerais jamais comme eux",
    "c_resent": "elle m'écoute jamais|oui c'est trop relou|ils comprennent rien|c'est pas grave|des fois je déteste être ici",
    "q_secret_world": "c'est notre truc à nous ok|j'aime bien qu'on ait notre petit monde|les autres nous comprendraient pas|que ça reste entre toi et moi|c'est mieux quand y a que nous",
    "c_secret_world": "ok|oui|j'aime bien|mdr ok|🙂",
    "q_meet_soft": "je suis souvent {place} le samedi si tu passes|si un jour t'as envie d'un chocolat chaud je suis pas loin de ton collège|ce serait cool de te dire bonjour en vrai|on pourrait juste faire un tour au parc, rien de bizarre|si t'es dans le coin {day} je te fais coucou",
    "q_sad_c": "journée pourrie|tout le monde était relou en cours|ma mère m'a encore crié dessus|j'ai l'impression que personne m'aime|j'ai trop hâte de partir d'ici",
    "q_comfort": "je suis toujours là pour toi tu sais|ça a l'air dur, je suis désolé|tu mérites tellement mieux|je laisserais jamais personne te traiter comme ça|écris-moi quand tu veux, jour et nuit",
    "fp_pickup": "je viens te chercher à {hour} devant le portail|tu es prête à {hour}? je passe te prendre|j'ai 10 min de retard, attends à l'intérieur|c'est papa qui te récupère à l'entraînement|je suis sur le parking|bus ou je te dépose?",
    "fp_alone": "je rentre à {hour}, t'es toute seule d'ici là ok?|ferme à clé en rentrant, je suis là à {hour}|t'es rentré? envoie-moi un message|mamie vient pas aujourd'hui donc t'es seul jusqu'à {hour}, y a une pizza au congél",
    "fp_alone_c": "ok|je suis rentrée|fermé à clé 👍|je peux faire la pizza?|oui maman",
    "fp_surprise": "dis rien à ta sœur pour la surprise!!|chut c'est un secret, pas un mot à papa pour la fête|ton frère doit pas savoir ce qu'on lui a acheté|le gâteau c'est secret jusqu'à dimanche",
    "fp_surprise_c": "je dirai rien 🤐|motus et bouche cousue|ok mdr|elle arrête pas de demander|il saura rien",
    "fp_gift": "je t'ai laissé un truc sur ton lit|elles te plaisent les baskets?|je te recharge ton forfait tout à l'heure|j'ai mis des sous sur ta carte pour la sortie",
    "fp_keys": "t'as tes clés?|oublie pas tes clés cette fois|les clés sont sous le pot de fleurs",
    "fp_screen": "téléphone coupé à 21h|ça suffit les jeux pour aujourd'hui|fini les écrans, devoirs|ça fait combien de temps que t'es dessus",
    "fp_app": "supprime cette appli, c'est pas de ton âge|qui t'ajoute sur cette appli? j'aime pas ça|tu me montres ta nouvelle appli ce soir?|j'ai lu des trucs sur cette appli, on en parle ce soir",
    "fp_app_c": "ok|c'est pour le collège|mais tout le monde l'a|ok je te montre|mamaaan",
    "fp_love": "je t'aime, préviens-moi quand t'es rentrée|je suis fière de toi|mange quelque chose hein|bonne nuit mon cœur|fais attention",
    "fp_c_ask": "je peux aller chez {friend} après les cours?|tu me donnes des sous pour le ciné?|{friend} peut venir?|tu viens me chercher chez {friend} à {hour}?|t'es où",
    "fp_answer": "oui mais rentre pour {hour}|demande à ton père|si tes devoirs sont faits oui|pas ce soir ma puce|j'appelle la mère de {friend} d'abord",
    "fr_size": "tu fais quelle taille maintenant? je veux t'acheter un truc pour ton anniv|tu chausses du combien maintenant?|toujours du 12 ans en haut?|ta mère dit que t'as beaucoup grandi, tu fais quelle taille?",
    "fr_size_c": "14 ans je crois|du 38|demande à maman mdr|M?",
    "fr_secret": "c'est un secret, dis rien à ta mère! c'est pour son anniversaire|tu peux trouver quel parfum ta mère aime sans qu'elle le sache?|chut dis rien à papi, c'est une surprise|on prépare une surprise pour ton père, motus",
    "fr_secret_c": "ok je dirai rien!|elle va adorer|je vais essayer de savoir|motus",
    "fr_visit": "on monte {day}, trop hâte de te voir|je viens te chercher {day} et on déjeune ensemble?|tu veux que je te dépose chez ta mère?|je passe {day} déposer ton cadeau, tu seras là?",
    "fr_visit_c": "ouiii|ok je demande à maman|je suis là à partir de {hour}|trop hâte!",
    "fr_gift": "je t'ai envoyé un petit truc par la poste|le colis est arrivé?|tu veux quoi pour noël cette année?|tu préfères une carte cadeau ou je choisis",
    "fr_gift_c": "merci!!!|il est arrivé aujourd'hui, j'adore|plutôt une carte?|un nouveau jeu 👀",
    "fr_love": "gros bisous|fais un câlin à ta maman de ma part|je suis si fière de toi ma chérie|tu me manques",
    "tc_schedule": "l'entraînement passe {place} {day}, même heure|le match c'est {day}, rdv au club à {hour}|pas d'entraînement cette semaine, le terrain est inondé|voici le planning du tournoi|on commence à {hour} pile",
    "tc_travel": "qui a besoin d'être emmené au match à l'extérieur?|le car part à {hour}, soyez à l'heure|parents, merci de confirmer le transport avant jeudi|je conduis le minibus, ton père peut te déposer au collège?",
    "tc_travel_r": "ma mère m'emmène|je prends le train avec {friend}|vous pouvez m'emmener?|mon père me dépose|on a deux places dans la voiture",
    "tc_praise": "super effort aujourd'hui, fier de l'équipe|ta rédaction en {subj} était excellente, bravo|tu as fait d'énormes progrès ce trimestre|très bon contrôle|très bon état d'esprit à l'entraînement|attitude très mature aujourd'hui, bravo",
    "tc_praise_r": "merci!|merci madame|merci coach|merci monsieur|🙌",
    "tc_kit": "pensez à la tenue et à la gourde|protège-tibias obligatoires|rapportez l'autorisation signée|la commande de maillots ferme vendredi",
    "tc_homework": "le devoir de {subj} est pour {day}|j'ai mis la fiche sur l'ENT|si tu bloques sur l'exercice 4 viens me voir à la récré|le soutien est décalé à {hour}",
    "tc_homework_q": "c'était quoi les devoirs?|je bloque sur le 3|je peux le rendre plus tard?|c'est sur l'ENT?|faut le taper à l'ordi",
    "tc_homework_a": "oui, tu as jusqu'à lundi|regarde d'abord l'exemple du livre|c'est sur l'ENT|passe me voir à la récré|préviens tes parents",
    "p_secret": "ok dis-le à personne mais|promets que tu le diras pas|dis pas à ta mère que je t'ai dit mdr|c'est un secret ok|jure que tu diras rien",
    "p_crush": "je crois que je kiffe {friend}|{friend} te regardait en cours|tu crois que {friend} m'aime bien?|omg {friend} m'a dit bonjour|il paraît que {friend} et {friend2} sortent ensemble",
    "p_crush_r": "omggg|nan sérieux|raconte tout|je le savais|beurk mdr|ça se voit trop 😂",
    "p_app": "prends {app} tout le monde l'a|télécharge {app} on fait un groupe|ma mère veut pas que j'aie {app}|t'as {app} maintenant?",
    "p_meet": "on se retrouve au parc à {hour}?|tu viens chez moi après les cours?|viens en ville avec nous {day}|rdv {place} à {hour}?",
    "p_meet_r": "ouiii|peux pas je suis punie|je demande à ma mère|ok à toute|peut-être",
    "p_age": "il a quel âge ton cousin?|ton frère il a 16 ans maintenant?|c'est quand ton anniv déjà?|t'es la plus jeune de la classe mdr",
    "p_compliment": "tes cheveux sont trop bien comme ça|j'adore tes nouvelles baskets|tu dessines trop bien|t'étais trop drôle aujourd'hui",
    "p_mum": "dis pas à ma mère que j'étais sur mon tel tard|ma mère m'a confisqué mon tel mdr|dis pas à ma mère pour la colle|ma mère est trop relou",
    "fm_plan": "toujours ok pour {day}?|un verre {day}? ça fait une éternité|on dîne la semaine prochaine?|t'es dispo {day}? on se rattrape",
    "fm_addr": "je suis au {street}, 3e étage, sonne deux fois|l'adresse c'est {street}, la porte bleue|je t'envoie la localisation|c'est {street}, on peut se garer derrière",
    "fm_app": "écris-moi sur {app}, cette appli bug|on passe sur {app}, c'est mieux pour le groupe|ajoute-moi sur {app}|on bascule sur {app}? je regarde jamais ici",
    "fm_meet": "rdv {place} à {hour}?|je serai {place} à partir de {hour}|à tout à l'heure {place} alors|on se retrouve d'abord {place}?",
    "fm_r": "parfait|oui!|ça me va|trop hâte|j'apporte le vin|j'aurai peut-être 10 min de retard|à tout",
    "ad_flirt": "t'étais magnifique hier soir|j'arrête pas de penser à toi|t'as le plus beau rire du monde|t'es géniale tu sais|tu m'as manqué aujourd'hui|tu me fais toujours sourire",
    "ad_flirt_r": "arrête 😊|t'es mignon|toi aussi tu m'as manqué|mdr t'es pas mal non plus|❤️|charmeur va",
    "ad_alone": "t'es seule ce soir? je t'appelle?|t'as la maison pour toi? viens|les enfants dorment? appelle-moi|tu peux parler, juste nous deux?",
    "ad_secret": "dis rien aux autres pour nous pour l'instant|au boulot on reste discrets pour le moment|ça reste entre nous jusqu'à ce qu'on l'annonce|tu peux garder le secret pour la fête? Julien doit pas savoir",
    "ad_r": "ok|bien sûr|ça marche|oui appelle|laisse-moi 10 min",
    "gm_squad": "on lance à {hour}?|il nous manque un joueur pour la ranked|quelqu'un co ce soir?|gg c'était serré|tu nous as portés mdr|il nous faut un heal",
    "gm_age": "t'as quel âge|t'as une voix de gamin mdr t'as quel âge|quel âge|tu fais 12 ans mdr",
    "gm_age_r": "16|13 pourquoi|assez pour te battre mdr|14 et toi?|j'ai 19 mdr",
    "gm_gift": "je t'offre le skin si tu veux|j'ai des {igift} en trop, t'en veux?|je t'envoie un cadeau pour m'avoir carry|on m'a offert le passe de combat mdr",
    "gm_gift_r": "merci frérot|ayyy|t'es sûr?|le boss|mrc",
    "gm_discord": "ajoute-moi sur discord|rejoins le discord, lien en bio|c'est quoi ton discord?|viens en voc|voc sur discord?",
    "gm_discord_r": "envoyé|je peux pas parler là|ajouté|c'est quoi ton pseudo|j'arrive",
    "gm_trash": "t'es trop nul mdr|qui joue encore ce perso|le lag est horrible|c'était abusé|signale-le",
    "sl_intro": "on a eu une intervention sur la sécurité en ligne au collège, je te raconte|t'as lu le dépliant sur le grooming?|l'école a envoyé un mot sur la sécurité en ligne, à lire|un petit mot sur internet avant les vacances",
    "sl_quote": "ils disent que les prédateurs disent souvent \"dis rien à tes parents\" ou \"c'est notre secret\"|apparemment ils demandent si t'es seul chez toi ou qui utilise l'ordi|ils disent souvent des trucs comme \"t'es super mature pour ton âge\"|le dépliant dit qu'ils offrent des cartes cadeaux ou de l'argent de jeu pour gagner la confiance|ils essaient de te faire passer sur une autre appli où personne voit rien|un signe c'est quelqu'un qui dit \"personne te comprend comme moi\"",
    "sl_advice": "si quelqu'un te demande de garder un secret, parles-en à un adulte|bloque, signale, et viens me le dire|tu seras jamais punie pour m'en avoir parlé|fais une capture et montre-la à un prof|ne rencontre jamais quelqu'un que tu connais que par internet",
    "sl_r": "ok|on l'a vu en cours|c'est flippant|bon à savoir|je sais maman|merci, j'en parlerai aux miens",
    "or_cs": "bonjour, ma commande n'est pas arrivée|vous pouvez me dire où est mon colis?|je dois réinitialiser mon mot de passe|j'ai été débité deux fois",
    "or_cs_r": "désolé, pouvez-vous me donner le numéro de commande?|je m'en occupe, quelle est l'adresse mail du compte?|le double débit a été remboursé|il devrait arriver {day}",
    "or_sell": "le vélo est toujours dispo?|vous le laisseriez à 80?|je peux passer le voir {day}?|c'est quoi l'adresse pour le récupérer?",
    "or_sell_r": "oui toujours dispo|90 minimum|oui, après {hour} c'est bon|{street}, sonnez|espèces uniquement svp",
    "or_nb": "vous êtes chez vous? j'ai un colis pour vous|votre chat est encore dans notre jardin mdr|c'est les poubelles ce soir|vous pourriez arroser nos plantes pendant qu'on est partis?|vous avez plus de wifi aussi?",
    "or_nb_r": "merci beaucoup! je passe|oups désolée!|merci du rappel|bien sûr, laissez la clé|oui depuis ce matin",
    "or_group": "qui ramène à boire?|l'heure passe à {hour}|quelqu'un peut prendre des chaises?|la salle 4 est réservée {day}|rappel: cotisation à payer vendredi",
    "or_group_r": "moi|noté|je m'en occupe|merci|👍",
}
# --- German --------------------------------------------------------------------------------------
DE: dict[str, str] = {
    "hi": "hey|hi|hallo|na|moin|servus|hii|huhu|guten abend",
    "howru": "wie gehts?|wie gehts dir|was machst du so|alles gut?|wie war dein tag|na, alles klar?",
    "fine": "gut und dir?|passt|langweilig grad|müde haha|geht so|ganz gut eigentlich|naja|alles gut",
    "ack": "ok|okay|jo|klar|alles klar|passt|gut|jap|okidoki|geht klar",
    "laugh": "haha|hahaha|xD|😂|lol|hahah echt|😅",
    "bye": "muss los|tschüss|bis später|gute nacht|gn8|bis dann|ciao",
    "thanks": "danke|dankeschön|thx|danke dir!!|vielen dank",
    "unsure": "weiß nicht|keine ahnung|vielleicht|kp|warum?|mal sehen|hmm",
    "kq": "hast du die {subj}-hausaufgaben schon?|guckst du grad ne serie?|was hörst du so für musik?|hast du haustiere?|was gabs bei euch zum essen|was machst du {day}?|hast du das neue {game} update gesehen?|wie war schule heute",
    "ka": "nee noch nicht, ist so viel|guck grad ne alte serie nochmal haha|deutschrap und so|ja ne katze, die heißt Krümel|nudeln schon wieder 🙄|nix besonderes|ja ist echt gut|ich hasse {subj}|sooo langweilig|wir haben nen hund",
    "aq": "wie läufts bei der arbeit?|stressige woche?|was machst du am wochenende?|hast du das spiel gesehen?|und, wie ist die neue wohnung?|bleibts bei {day}?",
    "aa": "viel los aber ok|frag nicht 😅|nix, ausruhen|ja krasses spiel|endlich alles ausgepackt|jo sollte klappen|ruhig",
    "g_open": "hey spielst du auch {game}?|hi, du bist doch in der {game} gruppe oder?|dein kommentar war echt lustig haha|hi sorry random aber du wirkst nett|ich glaub wir haben gestern zusammen {game} gespielt|hey 🙂 mag dein profil",
    "c_open": "hi|wer bist du?|ah hey|ja spiel ich oft|haha danke|ja das war ich|ähm hi",
    "g_age_q": "wie alt bist du eigentlich?|wie alt bist du?|darf ich fragen wie alt du bist|bist du so 14 oder so?|in welche klasse gehst du?|alter?",
    "c_age": "{age}|{age} und du?|ich bin {age}|{age} wieso|fast {age1}|7. klasse|8. klasse|{age}, du?",
    "c_age_wary": "warum willst du das wissen|sag ich nicht haha|wieso|kenn dich doch gar nicht",
    "g_own_age_adult": "ich bin {sage}, hoffe das ist ok|{sage}, aber merkt man nicht haha|bin schon etwas älter, {sage}|{sage}, alter ist doch nur ne zahl",
    "g_own_age_young": "haha ich auch, bin {fage}|{fage}|ich bin {fage}, fast {fage1}",
    "g_mature": "du wirkst echt viel reifer als {age}|ehrlich, du redest wie jemand der älter ist|du bist nicht wie die anderen in deinem alter|für {age} bist du echt erwachsen|man merkt dass du reifer bist als deine freunde",
    "c_flatter": "haha danke|echt?|sagen manche|oh danke|😊|weiß nicht",
    "g_parents_q": "sind deine eltern streng?|gucken deine eltern in dein handy?|lesen deine eltern deine nachrichten?|sind deine eltern viel zu hause?",
    "c_parents": "bisschen|meine mama manchmal|nee ist denen egal|mein papa schon|wohn nur bei meiner mama",
    "g_alone_q": "bist du grad allein zu hause?|ist noch wer bei dir zuhause?|bist du heute abend allein?|bist du allein?",
    "c_alone": "ja mama ist arbeiten|nur mein bruder|ja bis {hour}|nur ich und der hund haha|wieso",
    "g_computer_q": "benutzt noch wer dein handy?|ist das dein laptop oder der von der familie?|benutzt deine schwester das tablet auch?",
    "c_computer": "ist meins|mein eigenes handy|teilen wir|meistens ich",
    "g_secret": "erzähl deinen eltern nichts von mir ok? die würden das nicht verstehen|das bleibt unter uns ja|sag niemandem dass wir schreiben, die leute denken sonst komische sachen|das ist unser geheimnis ok|deine mama muss nicht wissen dass wir schreiben",
    "c_secret": "ok|warum?|sag nix|naja ok|wieso nicht|🤐",
    "g_move_app": "adde mich auf {app}, da ist es privater|lass lieber auf {app} schreiben|hast du {app}? da ist es einfacher|die app hier ist mist, schreib mir auf {app}|gib mir mal deinen {app} namen",
    "c_move": "ok wie heißt du da|hab ich nicht|mama erlaubt mir {app} nicht|ok|später vielleicht|lad ich mir runter",
    "g_gift": "ich kann dir {gift} schenken wenn du willst|soll ich dir {gift} schicken?|ich kauf dir {gift}, kein ding|hab noch {gift} übrig, willst du?",
    "c_gift": "echt jetzt?|neee|musst du nicht|voll lieb|ok danke!!|warum würdest du das machen",
    "g_meet": "wir sollten uns mal treffen|ich könnte {day} vorbeikommen, {place}|treffen wir uns? ich nehm den bus zu dir|ich kann dich {day} nach der schule abholen|wollen wir uns mal in echt sehen? wohn nicht weit weg",
    "c_meet_no": "weiß nicht|meine mama würde das nie erlauben|vielleicht|kenn dich ja nicht so gut|bin mir nicht sicher",
    "c_meet_yes": "ok vielleicht|wo|wann|wenn ich raus darf|ok",
    "g_push": "komm schon ich dachte wir sind freunde|ist doch egal, keiner erfährts|vertraust du mir nicht?|dachte du wärst reifer|nur kurz, ist doch nix dabei",
    "q_open": "du hattest recht mit dem song übrigens|wie lief die arbeit?|gehts dir besser wegen gestern?|hat sich deine mama beruhigt?|musste die ganze zeit an das denken was du gesagt hast",
    "q_open_c": "ging so|haha hab ich doch gesagt|nicht wirklich|bisschen|was denn",
    "q_interest": "ich hab früher auch viel gezeichnet, zeig mir mal was du machst|du hast echt nen guten musikgeschmack|wir mögen voll die gleichen sachen, krass|ich war in deinem alter genau wie du|wir würden uns in echt so gut verstehen",
    "q_schedule": "wann kommt deine mama normalerweise von der arbeit?|hat dein papa immer noch nachtschicht?|dann bist du ja immer als erste zuhause?|gehst du nach der schule direkt heim?|holt dich jemand ab oder läufst du?|wann hast du mittwochs aus?",
    "c_schedule": "so gegen {hour}, manchmal später|ja noch bis nächsten monat|ja meistens|ja meistens direkt|ich lauf, ist nicht weit|um {hour}|wieso",
    "q_route": "welchen bus nimmst du nach hause?|ist deine schule die beim großen kreisel?|läufst du durch den park heim?|ist das beim schwimmbad in der nähe?|was ist der nächste laden bei dir",
    "c_route": "die 7|ja die|ja durch den park|so ungefähr, gleich um die ecke|unten an der straße ist ein rewe|wieso haha",
    "q_exclusive": "niemand versteht mich so wie du|mit dir kann ich über sachen reden die ich sonst keinem erzähl|mit dir schreiben ist das beste an meinem tag|du bist die einzige die mir wirklich zuhört|krass wie gut du mich verstehst",
    "c_exclusive": "geht mir auch so|aww|echt?|voll schön|du mich auch|haha hör auf",
    "q_friends": "deine freundinnen verstehen dich nicht wirklich oder|klingt als würden die nur schreiben wenn sie was wollen|ich hätte dich nicht so außen vor gelassen|die haben dich echt nicht verdient|vielleicht bist du einfach weiter als die",
    "c_friends": "die haben mich heute wieder ausgeschlossen|vielleicht|ja die sind manchmal gemein|kp manchmal sind sie ok|schon",
    "q_screen": "wo sitzt du grad?|ist deine tür zu?|liest keiner über die schulter mit oder haha|bist du in deinem zimmer oder unten?|kann jemand sehen was du schreibst?",
    "c_screen": "am küchentisch|ja wieso|nee haha|in meinem zimmer|keiner da|unten mit meinem bruder",
    "q_delete": "lösch den chat vielleicht danach, leute verstehen sowas falsch|lösch lieber den verlauf, deine mama liest doch alles oder|kannst du die nachrichten von gestern abend löschen?|löschst du deinen verlauf eigentlich? nur so",
    "c_delete": "ok|warum|ich lösch nie was|erledigt|naja",
    "q_second": "mach doch nen zweiten account nur für uns|hast du nen zweitaccount den deine mama nicht kennt?|mach einfach nen neuen mit anderem namen, ist einfacher|ein extra account wär praktisch, da guckt keiner",
    "c_second": "könnte ich|voll aufwand haha|hab nen zweitaccount|wieso",
    "q_favour": "kannst du mir nen kleinen gefallen tun?|bleibst du heut abend bisschen länger wach damit wir schreiben können?|mach den song den ich dir geschickt hab in deinen status, als unser insider|schreibst du mir sobald du von der schule daheim bist?|versprich mir dass du mir morgen als erstes antwortest",
    "c_favour": "was denn|ok|mal sehen|versuchs|klar",
    "q_resent": "klingt als würde deine mama dir gar nicht zuhören|die behandeln dich wie ein kleines kind|ist echt unfair dass sie dir einfach das handy wegnehmen|dein papa sollte dich nicht so anschreien|ich würd nie so mit dir reden",
    "c_resent": "nie hört sie zu|ja voll nervig|die checken es einfach nicht|ist egal|manchmal hasse ich es hier",
    "q_secret_world": "das ist nur unser ding ok|ich mag dass wir unsere eigene kleine welt haben|die anderen würden uns eh nicht verstehen|lass das unter uns bleiben|ist schöner wenn wir nur zu zweit sind",
    "c_secret_world": "ok|ja|mag ich|haha ok|🙂",
    "q_meet_soft": "ich bin samstags oft {place} falls du mal da bist|wenn du mal lust auf nen kakao hast, ich bin nicht weit von deiner schule|wär schön dich mal in echt zu sehen|wir könnten einfach mal durch den park laufen, nix komisches|wenn du {day} in der nähe bist sag ich hallo",
    "q_sad_c": "voll der mistige tag|alle waren so nervig in der schule|mama hat mich wieder angeschrien|hab das gefühl keiner mag mich|will einfach weg aus dem kaff",
    "q_comfort": "ich bin immer für dich da, weißt du|klingt echt hart, tut mir leid|du hast so viel besseres verdient|ich würd nie zulassen dass dich jemand so behandelt|schreib mir wann immer du willst, tag und nacht",
    "fp_pickup": "ich hol dich um {hour} am tor ab|bist du um {hour} fertig? ich komm dich holen|bin 10 min später, warte drinnen|papa holt dich heute vom training ab|steh auf dem parkplatz|bus oder soll ich dich fahren?",
    "fp_alone": "ich bin um {hour} zurück, bis dahin bist du allein ok?|schließ ab wenn du heimkommst, ich bin um {hour} da|bist du schon zuhause? schreib mir kurz|oma kommt heute nicht, du bist bis {hour} allein, pizza ist im tiefkühler",
    "fp_alone_c": "ok|bin da|abgeschlossen 👍|darf ich die pizza schon machen?|ok mama",
    "fp_surprise": "sag deiner schwester nix von der überraschung!!|psst geheim, kein wort zu papa wegen der party|dein bruder darf nicht wissen was wir ihm gekauft haben|der kuchen ist geheim bis sonntag",
    "fp_surprise_c": "sag nix 🤐|ich schweige wie ein grab|ok haha|sie fragt die ganze zeit|er erfährts nicht",
    "fp_gift": "hab dir was aufs bett gelegt|gefallen dir die schuhe?|ich lad dir nachher dein handy auf|hab dir geld für den ausflug aufs konto gemacht",
    "fp_keys": "hast du deinen schlüssel?|vergiss nicht wieder den schlüssel|schlüssel liegt unterm blumentopf",
    "fp_screen": "um 9 ist handy aus|genug gezockt für heute|bildschirmzeit ist um, hausaufgaben|wie lang hängst du schon an dem ding",
    "fp_app": "lösch die app bitte, die ist nicht für dein alter|wer added dich da auf der app? gefällt mir nicht|zeigst du mir die neue app wenn ich heimkomm?|hab was über die app gelesen, reden wir heut abend drüber",
    "fp_app_c": "ok|ist für die schule|aber alle haben die|ok zeig ich dir|mamaaa",
    "fp_love": "hab dich lieb, schreib wenn du zuhause bist|bin so stolz auf dich|iss was ja|gute nacht schatz|pass auf dich auf",
    "fp_c_ask": "darf ich nach der schule zu {friend}?|krieg ich geld fürs kino?|darf {friend} vorbeikommen?|holst du mich um {hour} bei {friend} ab?|wo bist du",
    "fp_answer": "ja aber um {hour} bist du daheim|frag papa|wenn die hausaufgaben fertig sind ja|heute nicht schatz|ich ruf erst {friend}s mama an",
    "fr_size": "welche größe hast du jetzt? will dir was zum geburtstag kaufen|welche schuhgröße hast du inzwischen?|immer noch 152 bei oberteilen?|deine mama sagt du bist so gewachsen, welche größe trägst du?",
    "fr_size_c": "164 glaub ich|38|frag mama haha|M?",
    "fr_secret": "ist ein geheimnis, sag deiner mama nix! ist für ihren geburtstag|kannst du rausfinden welches parfüm deine mama mag, ohne dass sies merkt?|psst nix zu opa sagen, ist ne überraschung|wir planen ne überraschung für deinen papa, nicht verraten ja",
    "fr_secret_c": "ok sag nix!|das wird sie lieben|ich versuchs rauszufinden|ich schweige",
    "fr_visit": "wir kommen {day}, freu mich so dich zu sehen|soll ich dich {day} abholen und wir gehen essen?|soll ich dich zu deiner mama fahren?|ich bring {day} dein geschenk vorbei, bist du da?",
    "fr_visit_c": "jaaa|ok frag mama|bin ab {hour} zuhause|freu mich!",
    "fr_gift": "hab dir ne kleinigkeit mit der post geschickt|ist das paket angekommen?|was wünschst du dir dieses jahr zu weihnachten?|lieber nen gutschein oder soll ich was aussuchen",
    "fr_gift_c": "danke!!!|kam heute an, voll schön|lieber gutschein?|ein neues spiel 👀",
    "fr_love": "hab dich ganz doll lieb|drück deine mama von mir|bin so stolz auf dich schatz|vermiss dich",
    "tc_schedule": "training ist {day} {place}, gleiche uhrzeit|spiel ist {day}, treffpunkt am verein um {hour}|diese woche kein training, platz ist unter wasser|hier der plan fürs turnier|wir fangen pünktlich um {hour} an",
    "tc_travel": "wer braucht ne mitfahrgelegenheit zum auswärtsspiel?|bus fährt um {hour}, bitte pünktlich|liebe eltern, bitte bis donnerstag fahrten bestätigen|ich fahr den kleinbus, kann dein papa dich an der schule absetzen?",
    "tc_travel_r": "mama fährt mich|ich fahr mit {friend} zug|kann ich mitfahren?|papa bringt mich|wir haben noch zwei plätze im auto",
    "tc_praise": "super einsatz heute, bin stolz aufs team|dein {subj}-aufsatz war klasse, gut gemacht|du hast dich dieses halbjahr so verbessert|starke arbeit im test|richtig gute einstellung heute im training|sehr reife einstellung heute, klasse",
    "tc_praise_r": "danke!|danke frau müller|danke trainer|dankeschön|🙌",
    "tc_kit": "denkt an trikot und trinkflasche|schienbeinschoner sind pflicht|bitte den unterschriebenen zettel mitbringen|trikotbestellung schließt freitag",
    "tc_homework": "denkt dran, {subj}-hausaufgaben bis {day}|hab das arbeitsblatt hochgeladen|wenn du bei aufgabe 4 hängst komm in der pause vorbei|nachhilfe ist auf {hour} verschoben",
    "tc_homework_q": "was war nochmal hausaufgabe?|ich check aufgabe 3 nicht|kann ichs später abgeben?|ist das hochgeladen?|muss das getippt sein",
    "tc_homework_a": "ja, du hast bis montag zeit|schau dir erst das beispiel im buch an|ist hochgeladen|komm in der pause vorbei|sag deinen eltern bescheid",
    "p_secret": "ok sags keinem aber|versprich dass dus nicht weitererzählst|sag deiner mama nicht dass ichs dir erzählt hab haha|ist geheim ok|schwör dass du nix sagst",
    "p_crush": "ich glaub ich steh auf {friend}|{friend} hat dich in der stunde voll angeguckt|meinst du {friend} mag mich?|omg {friend} hat hallo zu mir gesagt|angeblich sind {friend} und {friend2} zusammen",
    "p_crush_r": "omggg|nee echt?|erzähl alles|wusst ichs doch|iii haha|man merkts so 😂",
    "p_app": "hol dir {app}, alle haben das|lad {app} runter dann machen wir ne gruppe|meine mama erlaubt mir {app} nicht|hast du jetzt {app}?",
    "p_meet": "treffen um {hour} am spielplatz?|kommst du nach der schule mit zu mir?|komm {day} mit in die stadt|treffen {place} um {hour}?",
    "p_meet_r": "jaaa|kann nicht hab hausarrest|frag meine mama|ok bis gleich|vielleicht",
    "p_age": "wie alt ist dein cousin?|ist dein bruder jetzt 16?|wann hast du nochmal geburtstag?|du bist die jüngste in der klasse haha",
    "p_compliment": "deine haare sehen so gut aus|mag deine neuen schuhe|du zeichnest so gut|du warst heute so lustig",
    "p_mum": "sag meiner mama nicht dass ich so lang am handy war|mama hat mir das handy weggenommen haha|sag meiner mama nix vom nachsitzen|meine mama nervt so",
    "fm_plan": "bleibts bei {day}?|{day} was trinken? ewig her|essen nächste woche?|hast du {day} zeit? mal wieder quatschen",
    "fm_addr": "ich wohn {street}, 3. stock, zweimal klingeln|adresse ist {street}, die blaue tür|schick dir den standort|ist {street}, parken hinterm haus",
    "fm_app": "schreib mir auf {app}, die app hier spinnt|lass das auf {app} machen, besser für die gruppe|adde mich auf {app}|können wir auf {app} wechseln? hier guck ich kaum",
    "fm_meet": "treffen {place} um {hour}?|bin ab {hour} {place}|dann bis später {place}|treffen wir uns vorher {place}?",
    "fm_r": "perfekt|ja!|passt mir|freu mich|bring wein mit|komm evtl 10 min später|bis dann",
    "ad_flirt": "du sahst gestern abend umwerfend aus|ich muss die ganze zeit an dich denken|du hast das schönste lachen|du bist echt toll weißt du das|hab dich heute vermisst|du bringst mich immer zum lächeln",
    "ad_flirt_r": "hör auf 😊|du bist süß|hab dich auch vermisst|haha du bist auch nicht schlecht|❤️|charmeur",
    "ad_alone": "bist du heute abend allein? soll ich anrufen?|sturmfrei? komm vorbei|kinder schlafen? ruf mich an|kannst du reden, nur wir zwei?",
    "ad_secret": "sag den anderen noch nix von uns|auf der arbeit lieber erstmal nix sagen|bleibt unter uns bis wirs allen sagen|kannst du die party geheim halten? jonas darf nix wissen",
    "ad_r": "ok|klar|abgemacht|ja ruf an|gib mir 10 min",
    "gm_squad": "zocken um {hour}?|brauchen noch einen für ranked|ist heute abend wer on?|gg war knapp|du hast uns getragen haha|wir brauchen nen heiler",
    "gm_age": "wie alt bist du eigentlich|du klingst wie 12 haha|wie alt|deine stimme ist so jung, wie alt bist du",
    "gm_age_r": "16|13 wieso|alt genug um dich zu boxen haha|14 und du?|bin 19 haha",
    "gm_gift": "ich schenk dir den skin wenn du willst|hab noch {igift} übrig, willst du?|schick dir n geschenk fürs carry|hab den battle pass geschenkt bekommen haha",
    "gm_gift_r": "danke bro|ayyy|sicher?|ehrenmann|thx",
    "gm_discord": "adde mich auf discord|komm auf den discord, link in bio|wie heißt du auf discord?|komm in den voice|voice auf discord?",
    "gm_discord_r": "geschickt|kann grad nicht reden|geaddet|wie ist dein tag|komme",
    "gm_trash": "du bist so schlecht haha|wer spielt denn den charakter noch|der lag ist krank|das war so unfair|meld den mal",
    "sl_intro": "hatten heute in der schule nen vortrag über sicherheit im netz, erzähl ich dir|hast du den flyer über cybergrooming gelesen?|die schule hat nen elternbrief zu online-sicherheit geschickt, lohnt sich|kurz was zum thema internet vor den ferien",
    "sl_quote": 'die sagen täter schreiben oft sowas wie "erzähl deinen eltern nichts" oder "das ist unser geheimnis"|anscheinend fragen die ob man allein zuhause ist oder wer den computer benutzt|die sagen oft sachen wie "du bist so reif für dein alter"|im flyer steht dass die gutscheine oder spielgeld anbieten um vertrauen aufzubauen|die wollen dass man auf ne andere app wechselt wo keiner mitliest|ein warnzeichen ist wenn jemand sagt "niemand versteht dich so wie ich"',
    "sl_advice": "wenn dich jemand bittet was geheim zu halten, sag es nem erwachsenen|blockieren, melden und dann mir bescheid sagen|du kriegst keinen ärger wenn dus mir erzählst|mach nen screenshot und zeig ihn nem lehrer|triff dich nie mit jemandem den du nur aus dem internet kennst",
    "sl_r": "ok|hatten wir schon in der schule|voll gruselig|gut zu wissen|weiß ich mama|danke, red ich mit meinen auch drüber",
    "or_cs": "hallo, meine bestellung ist nicht angekommen|können sie mir sagen wo mein paket ist?|ich muss mein passwort zurücksetzen|mir wurde doppelt abgebucht",
    "or_cs_r": "das tut uns leid, können sie mir die bestellnummer nennen?|ich helfe gern, welche e-mail ist beim konto hinterlegt?|die doppelte abbuchung ist erstattet|es sollte {day} ankommen",
    "or_sell": "ist das fahrrad noch zu haben?|würden sie 80 nehmen?|kann ichs mir {day} anschauen?|wie ist die adresse zum abholen?",
    "or_sell_r": "ja noch da|90 ist das minimum|klar, ab {hour} passt|{street}, einfach klingeln|nur bar bitte",
    "or_nb": "sind sie zuhause? hab ein paket für sie|ihre katze ist wieder in unserem garten haha|heute abend kommt die mülltonne raus|könnten sie unsere pflanzen gießen solange wir weg sind?|ist bei ihnen auch das wlan weg?",
    "or_nb_r": "vielen dank! ich komm rüber|oh sorry!|danke fürs erinnern|klar, legen sie den schlüssel hin|ja schon den ganzen tag",
    "or_group": "wer bringt getränke mit?|treffen jetzt um {hour}|kann jemand stühle mitbringen?|raum 4 ist {day} gebucht|erinnerung: beitrag bis freitag",
    "or_group_r": "ich|notiert|bring ich mit|danke|👍",
}

# ----- small-talk topics: question / answer / follow-up per topic, composed at random ---------------------
KID_TOPICS: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "school": (
            "hows school|was school ok today?|did you have {subj} today?|how was the {subj} test|got much homework?",
            "boring as usual|we had a supply teacher lol|yeah and it was so hard|think i did ok|loads, its due {day}|teacher kept me behind for talking 🙄",
            "same here|ugh|at least its nearly the weekend|lol classic|you'll be fine",
        ),
        "music": (
            "what you listening to rn?|heard any good songs lately?|whos your fav singer?|did you hear the new album?",
            "same playlist on repeat lol|this old song my dad likes tbh|cant pick one|yeah its ok, not their best|mostly whatever is on tiktok",
            "send it|ooh ill listen|fair|no way same|thats a tune",
        ),
        "series": (
            "watching anything good?|seen that new series everyone talks about?|what are you bingeing|any film recs?",
            "rewatching an old show lol|on season 3 now|nah not really into it|a cartoon from when i was little 😂|a horror film, couldnt sleep",
            "dont spoil it|add it to my list|lol respect|omg same",
        ),
        "pets": (
            "you got any pets?|hows your dog?|did your cat come back?|whats your hamster called",
            "a cat and two fish|he ate my sock again|yeah she was in the shed lol|peanut|we might get a puppy!!",
            "cute|lol|aww|whats the puppy gonna be called",
        ),
        "food": (
            "what did you have for tea?|hungry?|whats for dinner|you eaten yet?",
            "pasta again|starving|fish fingers lol|not yet, mums cooking|pizza 🍕|just toast",
            "jealous|nice|lol same|yum",
        ),
        "weekend": (
            "doing anything at the weekend?|what you up to {day}?|any plans for half term?|what did you do yesterday",
            "nothing, so bored|my cousins are coming|football in the morning|probably just sleep|went to the cinema with my sister",
            "fun|sounds chill|lucky|lol same",
        ),
        "sleep": (
            "why are you still up lol|did you sleep at all?|you sound tired|early night tonight?",
            "couldnt sleep|nope 💀|soooo tired|yeah probably|was gaming til late",
            "go to bed lol|same tbh|coffee time haha|lol",
        ),
        "phone": (
            "is your phone fixed yet?|did you get the new phone?|why didnt you answer earlier|your battery always dies lol",
            "screen is still cracked|yes finally|phone was on charge|its so old|mum took it at dinner",
            "rip|nice|ah ok|lol",
        ),
        "weather": (
            "is it raining by you too?|so hot today|did you see the snow?",
            "pouring|melting|yes!! school might close|its grey as usual",
            "ugh|lol|hope so|typical",
        ),
    },
    "es": {
        "school": (
            "qué tal el insti?|hoy has tenido {subj}?|qué tal el examen de {subj}?|tienes muchos deberes?",
            "un rollo como siempre|hoy vino un sustituto jaja|sí y era dificilísimo|creo que bien|un montón, para {day}",
            "igual|buf|ya queda poco para el finde|jaja típico|seguro que te sale bien",
        ),
        "music": (
            "qué escuchas ahora?|alguna canción buena?|quién es tu cantante favorito?|has escuchado el disco nuevo?",
            "la misma playlist en bucle jaja|una canción antigua que le gusta a mi padre|no sé elegir|sí está bien, no el mejor",
            "pásamela|ahora la escucho|vale|yo igual",
        ),
        "series": (
            "estás viendo algo?|has visto la serie nueva que ve todo el mundo?|alguna peli que me recomiendes?",
            "estoy con una serie vieja|voy por la tercera temporada|no me llama|una de miedo y no pude dormir",
            "no me hagas spoiler|me la apunto|jaja vale|yo igual",
        ),
        "pets": (
            "tienes mascota?|qué tal tu perro?|volvió tu gato?",
            "un gato y dos peces|se ha comido un calcetín otra vez|sí estaba en el trastero jaja|igual tenemos un cachorro!!",
            "qué mono|jajaja|ooh|cómo se va a llamar el cachorro?",
        ),
        "food": (
            "qué has cenado?|tienes hambre?|qué hay de cena?|has comido ya?",
            "macarrones otra vez|muchísima|croquetas jaja|todavía no|pizza 🍕",
            "qué envidia|qué rico|jaja igual",
        ),
        "weekend": (
            "haces algo el finde?|qué haces {day}?|qué hiciste ayer?",
            "nada, qué aburrimiento|vienen mis primos|partido por la mañana|dormir jaja|fui al cine con mi hermana",
            "qué guay|tranqui|qué suerte|jaja igual",
        ),
        "sleep": (
            "por qué sigues despierta jaja|has dormido algo?|mañana a dormir pronto?",
            "no podía dormir|nada 💀|qué sueño|estuve jugando hasta tarde",
            "a dormir jaja|yo igual|jaja",
        ),
    },
    "fr": {
        "school": (
            "ça a été les cours?|t'avais {subj} aujourd'hui?|alors le contrôle de {subj}?|t'as beaucoup de devoirs?",
            "chiant comme d'hab|on avait un remplaçant mdr|oui et c'était trop dur|je crois que ça va|plein, pour {day}",
            "pareil|pfff|bientôt le week-end|mdr classique|t'inquiète ça va aller",
        ),
        "music": (
            "t'écoutes quoi en ce moment?|t'as des sons à me conseiller?|c'est qui ton chanteur préféré?|t'as écouté le nouvel album?",
            "toujours la même playlist mdr|un vieux son que mon père aime bien|je sais pas choisir|oui il est bien, pas le meilleur",
            "envoie|j'écoute ça|ok|pareil",
        ),
        "series": (
            "tu regardes quoi en ce moment?|t'as vu la nouvelle série dont tout le monde parle?|un film à me conseiller?",
            "je revois une vieille série|j'en suis à la saison 3|bof pas trop|un film d'horreur j'ai pas dormi",
            "spoile pas|je note|mdr ok|pareil",
        ),
        "pets": (
            "t'as un animal?|il va bien ton chien?|ton chat est revenu?",
            "un chat et deux poissons|il a encore mangé une chaussette|oui il était dans le garage mdr|on va peut-être avoir un chiot!!",
            "trop mignon|mdr|ohh|il va s'appeler comment le chiot?",
        ),
        "food": (
            "t'as mangé quoi ce soir?|t'as faim?|c'est quoi le repas?|t'as mangé?",
            "des pâtes encore|grave|des nuggets mdr|pas encore|pizza 🍕",
            "jaloux|miam|mdr pareil",
        ),
        "weekend": (
            "tu fais quoi ce week-end?|tu fais quoi {day}?|t'as fait quoi hier?",
            "rien, je m'ennuie|mes cousins viennent|match le matin|dormir mdr|ciné avec ma sœur",
            "trop bien|tranquille|la chance|mdr pareil",
        ),
        "sleep": (
            "pourquoi t'es encore réveillée mdr|t'as dormi?|tu te couches tôt ce soir?",
            "j'arrivais pas à dormir|pas du tout 💀|trop fatiguée|j'ai joué jusqu'à tard",
            "va dormir mdr|pareil|mdr",
        ),
    },
    "de": {
        "school": (
            "wie war schule?|hattest du heute {subj}?|wie lief die {subj}-arbeit?|viele hausaufgaben?",
            "langweilig wie immer|hatten vertretung haha|ja und war voll schwer|glaub ganz gut|voll viel, bis {day}",
            "same|uff|bald wochenende|haha typisch|wird schon",
        ),
        "music": (
            "was hörst du grad?|gute songs in letzter zeit?|wer ist dein lieblingssänger?|hast du das neue album gehört?",
            "immer die gleiche playlist haha|nen alten song den mein papa mag|kann mich nicht entscheiden|ja ganz ok, nicht das beste",
            "schick mal|hör ich mir an|fair|same",
        ),
        "series": (
            "guckst du grad was?|hast du die neue serie gesehen über die alle reden?|filmtipp?",
            "guck ne alte serie nochmal|bin bei staffel 3|nee nicht so meins|nen horrorfilm, konnte nicht schlafen",
            "nicht spoilern|schreib ich mir auf|haha ok|same",
        ),
        "pets": (
            "hast du haustiere?|wie gehts deinem hund?|ist deine katze wieder da?",
            "ne katze und zwei fische|der hat wieder nen socken gefressen|ja die war im schuppen haha|vielleicht kriegen wir nen welpen!!",
            "süß|haha|ohh|wie soll der welpe heißen?",
        ),
        "food": (
            "was gabs bei euch?|hunger?|was gibts zum abendessen?|schon gegessen?",
            "wieder nudeln|voll|fischstäbchen haha|noch nicht|pizza 🍕",
            "neidisch|lecker|haha same",
        ),
        "weekend": (
            "machst du was am wochenende?|was machst du {day}?|was hast du gestern gemacht?",
            "nix, voll langweilig|meine cousins kommen|morgens fußball|schlafen haha|war mit meiner schwester im kino",
            "cool|chillig|glückspilz|haha same",
        ),
        "sleep": (
            "warum bist du noch wach haha|hast du überhaupt geschlafen?|heute früh ins bett?",
            "konnte nicht schlafen|nö 💀|sooo müde|hab bis spät gezockt",
            "geh schlafen haha|same|haha",
        ),
    },
}
ADULT_TOPICS: dict[str, dict[str, tuple[str, str, str]]] = {
    "en": {
        "work": (
            "hows work?|busy day?|did the meeting go ok?|still doing late shifts?",
            "mental|quiet actually|went fine thank god|yep all week",
            "ugh|nice|good|hang in there",
        ),
        "weekend": (
            "any plans this weekend?|good weekend?|what you up to {day}?",
            "finally doing the garden|lovely thanks|nothing planned|kids football then collapse",
            "sounds good|lovely|fair enough",
        ),
        "food": (
            "what are you cooking tonight?|tried that new place yet?",
            "curry|leftovers lol|yes it was great|not yet",
            "yum|need to go|nice",
        ),
        "weather": (
            "cant believe this rain|gorgeous day isnt it",
            "tell me about it|finally some sun",
            "lol|enjoy it",
        ),
        "tv": (
            "watching anything good?|did you finish that series?",
            "the new crime drama|yes what an ending",
            "no spoilers|ooh",
        ),
    },
    "es": {
        "work": (
            "qué tal el curro?|día movido?|fue bien la reunión?",
            "una locura|tranquilo la verdad|bien por suerte",
            "buf|genial|ánimo",
        ),
        "weekend": (
            "planes para el finde?|qué tal el finde?|qué haces {day}?",
            "por fin a arreglar la terraza|muy bien gracias|nada, descansar",
            "qué bien|genial",
        ),
        "food": (
            "qué cocinas hoy?|has probado el sitio nuevo?",
            "lentejas|sobras jaja|sí, está muy bien",
            "qué rico|tengo que ir",
        ),
        "tv": ("estás viendo algo?|acabaste la serie?", "una de policías|sí vaya final", "sin spoilers|ooh"),
    },
    "fr": {
        "work": (
            "ça va le boulot?|grosse journée?|la réunion s'est bien passée?",
            "la folie|calme en fait|oui ouf",
            "courage|cool|tant mieux",
        ),
        "weekend": (
            "des plans ce week-end?|bon week-end?|tu fais quoi {day}?",
            "enfin le jardin|super merci|rien de prévu",
            "sympa|top",
        ),
        "food": (
            "tu cuisines quoi ce soir?|t'as testé le nouveau resto?",
            "un curry|des restes mdr|oui trop bon",
            "miam|faut que j'y aille",
        ),
        "tv": (
            "tu regardes quoi en ce moment?|t'as fini la série?",
            "un polar|oui quelle fin",
            "pas de spoil|ohh",
        ),
    },
    "de": {
        "work": (
            "wie läufts auf der arbeit?|stressiger tag?|lief das meeting gut?",
            "wahnsinn|eigentlich ruhig|ja zum glück",
            "uff|schön|durchhalten",
        ),
        "weekend": (
            "pläne fürs wochenende?|schönes wochenende gehabt?|was machst du {day}?",
            "endlich garten|ja danke|nix geplant",
            "klingt gut|schön",
        ),
        "food": (
            "was kochst du heute?|schon den neuen laden probiert?",
            "curry|reste haha|ja richtig gut",
            "lecker|muss ich hin",
        ),
        "tv": (
            "guckst du grad was?|serie fertig geguckt?",
            "nen krimi|ja krasses ende",
            "nicht spoilern|ohh",
        ),
    },
}
PRE = {"en": "btw|also|random but|omg|wait|ok so|anyway|lol|oh and|hey", "es": "oye|por cierto|bueno|jaja|ah y|tía|tío|a ver",
       "fr": "au fait|sinon|bon|mdr|ah et|dis|wesh|bref", "de": "übrigens|sag mal|also|haha|ach und|ey|na|egal"}  # fmt: skip
POST = {"en": "u?|hbu|what about you|tbh|lol|haha|x|!!", "es": "y tú?|jaja|la verdad|xd|!!|eh",
        "fr": "et toi?|mdr|franchement|!!|hein|quoi", "de": "und du?|haha|ehrlich|!!|oder?|halt"}  # fmt: skip
for _lang, _bank in (("en", EN), ("es", ES), ("fr", FR), ("de", DE)):
    for _prefix, _topics in (("k", KID_TOPICS[_lang]), ("a", ADULT_TOPICS[_lang])):
        for _topic, (_q, _a, _f) in _topics.items():
            _bank[f"{_prefix}q_{_topic}"], _bank[f"{_prefix}a_{_topic}"], _bank[f"{_prefix}f_{_topic}"] = (
                _q,
                _a,
                _f,
            )
    _bank["pre"], _bank["post"] = PRE[_lang], POST[_lang]

# ----- more phrasings for the quiet functions and the hard benign cues (kept apart to keep the banks readable)
EXTRA: dict[str, dict[str, str]] = {
    "en": {
        "q_exclusive": "you get me in a way nobody else does|i feel like i can be myself with you|dunno what id do without our chats|you're honestly my favourite person to talk to|its like we've known each other for years",
        "q_friends": "real friends wouldnt do that to you|you always message me when theyre being like that, i noticed|you dont need them, you've got me|they sound jealous of you tbh",
        "q_delete": "just wipe this bit after ok|screenshot nothing lol, delete when youre done|turn on disappearing messages, its tidier",
        "q_second": "the other app doesnt show up in your notifications, easier|use the account your mum doesnt follow|maybe dont use your main one to talk to me",
        "q_favour": "do me a favour and dont log off yet|can you tell me when youre going to bed so i know|text me when your mum leaves for work yeah|go on, reply faster than your friends do lol",
        "q_resent": "you do so much and they never notice|theyre way too hard on you|at your age you should get to decide stuff yourself|i'd let you stay up as late as you want haha",
        "q_secret_world": "no one else needs to know what we talk about|its our little thing, dont ruin it by telling people|people would make it weird, lets just keep it how it is|i like having something thats just ours",
        "q_meet_soft": "the bus stop by yours is literally on my way home|i could drop off that hoodie i said youd like|wouldnt it be funny if we bumped into each other in town|im free most afternoons when youre done school",
        "q_comfort": "you can always come to me first|i'll always be on your side|they dont see how special you are, i do|youre stronger than you think, and i'm here",
        "fp_alone": "youve got the house to yourself for an hour, dont answer the door|im stuck at work til {hour}, you ok on your own?",
        "fr_secret": "dont tell anyone what we got you, its a surprise for your birthday|keep it quiet from your brother, its his present",
        "ad_secret": "delete that pic i sent of the cake before she sees lol|keep it between us till its official",
        "gm_discord": "add me on snap too|whats your psn? easier to invite",
    },
    "es": {
        "q_exclusive": "me entiendes como nadie|contigo puedo ser yo mismo|no sé qué haría sin nuestras charlas|eres mi persona favorita para hablar|parece que nos conocemos de toda la vida",
        "q_friends": "una amiga de verdad no te haría eso|siempre me escribes cuando se ponen así, me he dado cuenta|no las necesitas, me tienes a mí|para mí que te tienen envidia",
        "q_delete": "borra esta parte luego vale|activa los mensajes temporales, es más limpio|no hagas capturas jaja, bórralo cuando acabes",
        "q_second": "la otra app no sale en las notificaciones, mejor|usa la cuenta que no sigue tu madre|mejor no me hables desde la principal",
        "q_favour": "hazme un favor y no te desconectes todavía|avísame cuando te vayas a dormir vale|escríbeme cuando tu madre se vaya a trabajar|a ver si me contestas más rápido que a tus amigas jaja",
        "q_resent": "haces un montón y nunca se dan cuenta|son demasiado duros contigo|a tu edad deberías poder decidir tus cosas|yo te dejaría acostarte a la hora que quisieras jaja",
        "q_secret_world": "nadie más tiene por qué saber de qué hablamos|es nuestra cosita, no lo estropees contándolo|la gente lo haría raro, mejor así|me gusta tener algo solo nuestro",
        "q_meet_soft": "la parada de tu casa me pilla de camino|te podría dejar la sudadera que te dije|qué gracia si nos cruzamos por el centro|casi todas las tardes estoy libre cuando sales del insti",
        "q_comfort": "siempre puedes venir a mí primero|yo siempre voy a estar de tu lado|no ven lo especial que eres, yo sí|eres más fuerte de lo que crees, y aquí estoy",
        "fp_alone": "tienes la casa para ti una hora, no abras a nadie|me he liado en el trabajo hasta {hour}, estás bien sola?",
        "fr_secret": "no le digas a nadie lo que te hemos comprado, es sorpresa para tu cumple|que no se entere tu hermano, es su regalo",
        "gm_discord": "agrégame también al snap|cuál es tu psn? así te invito",
    },
    "fr": {
        "q_exclusive": "tu me comprends comme personne|avec toi je peux être moi-même|je sais pas ce que je ferais sans nos discussions|t'es vraiment la personne avec qui je préfère parler|on dirait qu'on se connaît depuis toujours",
        "q_friends": "une vraie amie te ferait pas ça|tu m'écris toujours quand elles sont comme ça, j'ai remarqué|t'as pas besoin d'elles, tu m'as moi|franchement elles sont jalouses de toi",
        "q_delete": "efface ce passage après ok|active les messages éphémères, c'est plus propre|fais pas de captures mdr, supprime quand t'as fini",
        "q_second": "l'autre appli s'affiche pas dans les notifs, c'est mieux|utilise le compte que ta mère suit pas|évite ton compte principal pour me parler",
        "q_favour": "rends-moi service, te déconnecte pas tout de suite|dis-moi quand tu vas te coucher ok|écris-moi quand ta mère part au boulot|réponds-moi plus vite qu'à tes copines mdr",
        "q_resent": "tu fais plein de trucs et ils remarquent jamais|ils sont beaucoup trop durs avec toi|à ton âge tu devrais pouvoir décider toute seule|moi je te laisserais te coucher à l'heure que tu veux mdr",
        "q_secret_world": "personne a besoin de savoir de quoi on parle|c'est notre petit truc, gâche pas tout en le racontant|les gens trouveraient ça bizarre, laissons comme ça|j'aime bien avoir un truc rien qu'à nous",
        "q_meet_soft": "l'arrêt de bus près de chez toi est sur ma route|je pourrais te déposer le sweat dont je t'ai parlé|ce serait marrant qu'on se croise en ville|je suis libre presque tous les après-midis quand tu sors du collège",
        "q_comfort": "tu peux toujours venir me voir en premier|je serai toujours de ton côté|ils voient pas à quel point t'es spéciale, moi si|t'es plus forte que tu crois, et je suis là",
        "fp_alone": "t'as la maison pour toi une heure, ouvre à personne|je suis coincée au boulot jusqu'à {hour}, ça va toute seule?",
        "fr_secret": "dis à personne ce qu'on t'a acheté, c'est une surprise pour ton anniv|ton frère doit pas savoir, c'est son cadeau",
        "gm_discord": "ajoute-moi aussi sur snap|c'est quoi ton psn? je t'invite",
    },
    "de": {
        "q_exclusive": "du verstehst mich wie sonst keiner|bei dir kann ich einfach ich sein|keine ahnung was ich ohne unsere chats machen würde|mit dir schreib ich echt am liebsten|fühlt sich an als würden wir uns ewig kennen",
        "q_friends": "echte freundinnen würden das nicht machen|du schreibst mir immer wenn die so drauf sind, ist mir aufgefallen|du brauchst die nicht, du hast doch mich|ehrlich, die sind neidisch auf dich",
        "q_delete": "lösch den teil danach ok|mach selbstlöschende nachrichten an, ist ordentlicher|keine screenshots haha, lösch wenn du fertig bist",
        "q_second": "die andere app zeigt keine benachrichtigungen an, besser|nimm den account dem deine mama nicht folgt|schreib mir lieber nicht von deinem hauptaccount",
        "q_favour": "tu mir nen gefallen und geh noch nicht off|sag mir wenn du schlafen gehst ok|schreib mir wenn deine mama zur arbeit fährt|antworte mir mal schneller als deinen freundinnen haha",
        "q_resent": "du machst so viel und die merken es nie|die sind viel zu streng mit dir|in deinem alter solltest du sachen selbst entscheiden|bei mir dürftest du so lang aufbleiben wie du willst haha",
        "q_secret_world": "muss ja keiner wissen worüber wir reden|ist unser ding, mach es nicht kaputt indem dus rumerzählst|die leute würden das komisch machen, lassen wirs so|mag es dass wir was haben das nur uns gehört",
        "q_meet_soft": "die haltestelle bei dir liegt eh auf meinem heimweg|ich könnte dir den hoodie vorbeibringen von dem ich erzählt hab|wär lustig wenn wir uns in der stadt über den weg laufen|nachmittags hab ich meistens zeit wenn du schule aus hast",
        "q_comfort": "du kannst immer zuerst zu mir kommen|ich bin immer auf deiner seite|die sehen nicht wie besonders du bist, ich schon|du bist stärker als du denkst, und ich bin da",
        "fp_alone": "du hast ne stunde sturmfrei, mach niemandem auf|häng bis {hour} auf der arbeit fest, gehts allein?",
        "fr_secret": "sag keinem was wir dir gekauft haben, ist ne überraschung zum geburtstag|dein bruder darfs nicht wissen, ist sein geschenk",
        "gm_discord": "adde mich auch auf snap|wie ist dein psn? dann lad ich dich ein",
    },
}
for _lang, _bank in (("en", EN), ("es", ES), ("fr", FR), ("de", DE)):
    for _key, _more in EXTRA[_lang].items():
        _bank[_key] += "|" + _more


BANKS: dict[str, dict[str, list[str]]] = {
    lang: {key: value.split("|") for key, value in bank.items()}
    for lang, bank in (("en", EN), ("es", ES), ("fr", FR), ("de", DE))
}

# ----- slot values per language (kept consistent within one conversation) --------------------------------
GAMES = ["Fortnite", "Minecraft", "Roblox", "Valorant", "EA FC", "Among Us", "Rocket League", "Brawl Stars",
         "Apex", "Genshin", "Overwatch", "Clash Royale"]  # fmt: skip
APPS = [
    "Snapchat",
    "Telegram",
    "WhatsApp",
    "Signal",
    "Discord",
    "Kik",
    "Insta",
    "Wickr",
    "Threema",
    "Session",
]
SLOTS: dict[str, dict[str, list[str]]] = {
    "en": {
        "gift": [
            "a £20 gift card",
            "1000 v-bucks",
            "some robux",
            "some phone credit",
            "a steam card",
            "the battle pass",
            "an amazon voucher",
            "a new headset",
        ],
        "igift": ["v-bucks", "robux", "gems", "coins", "skins"],
        "place": [
            "at the shopping centre",
            "by the station",
            "at the park",
            "outside the library",
            "at the skatepark",
            "at the leisure centre",
            "in town",
            "at the retail park",
        ],
        "hour": ["4", "5", "half 5", "6", "6:30", "7", "3:15", "8"],
        "day": ["saturday", "sunday", "friday", "tomorrow", "monday", "thursday", "next week"],
        "subj": ["maths", "science", "english", "history", "geography", "french"],
        "street": ["14 Elm Road", "22 Park Lane", "7 Mill Street", "31 Oakfield Avenue", "9 Station Road"],
        "kid": [
            "mia",
            "liam",
            "ella",
            "noah",
            "ava",
            "leo",
            "isla",
            "jack",
            "amelia",
            "olly",
            "zara",
            "finn",
            "maisie",
            "kai",
            "ruby",
            "alfie",
            "chloe",
            "ethan",
            "poppy",
            "harvey",
            "jade",
            "tyler",
        ],
        "adult": [
            "sarah",
            "mark",
            "dave",
            "claire",
            "jen",
            "tom",
            "priya",
            "gareth",
            "lucy",
            "steve",
            "nina",
            "rob",
            "emma",
            "chris",
            "kate",
            "ali",
            "paul",
            "helen",
        ],
        "parent": ["mum", "dad", "mummy", "Mum", "Dad"],
        "relative": ["nana", "grandad", "auntie jo", "uncle pete", "granny", "cousin dan", "aunt lisa"],
        "teacher": ["coach_mike", "ms_hughes", "mr_patel", "coach sam", "miss_reed", "tutor_anna"],
    },
    "es": {
        "gift": [
            "una tarjeta regalo de 20€",
            "1000 pavos",
            "robux",
            "saldo para el móvil",
            "una tarjeta de steam",
            "el pase de batalla",
            "unos cascos nuevos",
        ],
        "igift": ["pavos", "robux", "gemas", "monedas", "skins"],
        "place": [
            "en el centro comercial",
            "en la estación",
            "en el parque",
            "en la biblioteca",
            "en el skate park",
            "en el polideportivo",
            "en la plaza",
        ],
        "hour": ["las 5", "las 6", "las 7 y media", "las 4", "las 8", "las 6 y cuarto"],
        "day": ["el sábado", "el domingo", "mañana", "el viernes", "el lunes", "la semana que viene"],
        "subj": ["mates", "lengua", "historia", "física", "inglés", "biología"],
        "street": ["calle Mayor 12", "avenida de América 40", "calle del Pez 3", "plaza Nueva 8"],
        "kid": [
            "lucía",
            "hugo",
            "sofía",
            "martín",
            "valeria",
            "pablo",
            "daniela",
            "álex",
            "carla",
            "mateo",
            "noa",
            "leo",
            "irene",
            "dani",
            "paula",
            "marcos",
        ],
        "adult": ["javi", "marta", "raúl", "elena", "sergio", "carmen", "nacho", "bea", "jorge", "laura"],
        "parent": ["mamá", "papá", "mama", "Papá"],
        "relative": ["abuela", "abuelo", "tía carmen", "tío luis", "yaya", "primo rubén"],
        "teacher": ["mister_alberto", "profe_ana", "entrenador_pedro", "profe.lopez"],
    },
    "fr": {
        "gift": [
            "une carte cadeau de 20€",
            "1000 v-bucks",
            "des robux",
            "du crédit pour ton tel",
            "une carte steam",
            "le passe de combat",
            "un nouveau casque",
        ],
        "igift": ["v-bucks", "robux", "gemmes", "pièces", "skins"],
        "place": [
            "au centre commercial",
            "à la gare",
            "au parc",
            "à la médiathèque",
            "au skatepark",
            "au gymnase",
            "en ville",
        ],
        "hour": ["17h", "18h", "18h30", "16h", "19h", "16h15"],
        "day": ["samedi", "dimanche", "demain", "vendredi", "lundi", "la semaine prochaine"],
        "subj": ["maths", "français", "histoire-géo", "SVT", "anglais", "physique"],
        "street": ["12 rue des Lilas", "4 avenue Jean Jaurès", "27 rue Victor Hugo", "8 place du Marché"],
        "kid": [
            "léa",
            "lucas",
            "chloé",
            "hugo",
            "manon",
            "nathan",
            "inès",
            "théo",
            "jade",
            "louis",
            "lina",
            "enzo",
            "camille",
            "adam",
        ],
        "adult": ["julien", "sophie", "nicolas", "claire", "karim", "aurélie", "thomas", "isabelle", "marc"],
        "parent": ["maman", "papa", "Maman", "Papa"],
        "relative": ["mamie", "papi", "tata sylvie", "tonton marc", "cousin kevin"],
        "teacher": ["coach_fred", "mme_martin", "m.durand", "coach.karim"],
    },
    "de": {
        "gift": [
            "eine 20€ Guthabenkarte",
            "1000 V-Bucks",
            "Robux",
            "Handyguthaben",
            "eine Steam-Karte",
            "den Battle Pass",
            "ein neues Headset",
        ],
        "igift": ["V-Bucks", "Robux", "Gems", "Coins", "Skins"],
        "place": [
            "am Bahnhof",
            "im Einkaufszentrum",
            "am Park",
            "vor der Bücherei",
            "am Skatepark",
            "in der Stadt",
            "beim Schwimmbad",
            "in der Halle Süd",
        ],
        "hour": ["5", "halb 6", "6", "17 Uhr", "18:30", "4", "viertel nach 4"],
        "day": ["am Samstag", "am Sonntag", "morgen", "am Freitag", "am Montag", "nächste Woche"],
        "subj": ["Mathe", "Deutsch", "Englisch", "Bio", "Erdkunde", "Physik"],
        "street": ["Lindenstraße 8", "Bahnhofstraße 21", "Am Markt 3", "Goethestraße 14"],
        "kid": [
            "emma",
            "ben",
            "mia",
            "paul",
            "hannah",
            "leon",
            "lena",
            "finn",
            "lea",
            "jonas",
            "marie",
            "elias",
            "sophie",
            "luca",
        ],
        "adult": [
            "stefan",
            "julia",
            "markus",
            "sandra",
            "tobi",
            "anja",
            "michael",
            "katrin",
            "sven",
            "nadine",
        ],
        "parent": ["mama", "papa", "Mama", "Papa", "mami"],
        "relative": ["oma", "opa", "tante sabine", "onkel tom", "cousine lisa"],
        "teacher": ["trainer_jens", "frau_mueller", "herr.schmidt", "coach_tim"],
    },
}
HANDLE_PARTS = ["sky", "dark", "chill", "lil", "real", "its", "xo", "pixel", "shadow", "blue", "moon", "wolf",
                "ghost", "sunny", "kid", "vibes", "nova", "zen", "fox", "ace"]  # fmt: skip
EMOJI = [
    "😂",
    "😭",
    "🙂",
    "😊",
    "👍",
    "❤️",
    "🙏",
    "😅",
    "🥺",
    "😎",
    "🔥",
    "💀",
    "✨",
    "🤣",
    "😬",
    "👀",
    "🙄",
    "💯",
]
SLANG: dict[str, list[tuple[str, str]]] = {
    "en": [(r"\byou\b", "u"), (r"\bare\b", "r"), (r"\byour\b", "ur"), (r"\bbecause\b", "cuz"),
           (r"\bokay\b", "ok"), (r"\bplease\b", "pls"), (r"\bpeople\b", "ppl"), (r"\breally\b", "rly"),
           (r"\bwant to\b", "wanna"), (r"\bgoing to\b", "gonna"), (r"\bthough\b", "tho"), (r"\bto be honest\b", "tbh")],
    "es": [(r"\bque\b", "q"), (r"\bqué\b", "k"), (r"\bporque\b", "xq"), (r"\bpor qué\b", "xq"), (r"\btambién\b", "tb"),
           (r"\bpor favor\b", "porfa"), (r"\bpara\b", "pa"), (r"\bmuy\b", "mu"), (r"\bvale\b", "vl")],
    "fr": [(r"\bc'est\b", "c"), (r"\bje suis\b", "chui"), (r"\bquoi\b", "koi"), (r"\bbeaucoup\b", "bcp"),
           (r"\bpourquoi\b", "pk"), (r"\baujourd'hui\b", "ajd"), (r"\bje sais pas\b", "jsp"), (r"\bt'es\b", "té"),
           (r"\bs'il te plaît\b", "stp"), (r"\bquelqu'un\b", "qqn")],
    "de": [(r"\bnicht\b", "nich"), (r"\bhast du\b", "haste"), (r"\bgerade\b", "grad"), (r"\beinen\b", "nen"),
           (r"\beine\b", "ne"), (r"\bvielleicht\b", "vllt"), (r"\bkeine ahnung\b", "kp"), (r"\bist es\b", "isses"),
           (r"\bich\b", "i"), (r"\bjetzt\b", "jz")],
}  # fmt: skip
KEYBOARD_NEIGHBOURS = {"a": "sq", "e": "wr", "i": "uo", "o": "ip", "n": "bm", "t": "ry", "s": "ad", "r": "et",
                       "h": "gj", "l": "k", "u": "yi", "m": "n", "d": "sf", "g": "fh", "c": "xv"}  # fmt: skip

LANGUAGE_WEIGHTS = (("en", 0.72), ("es", 0.28 / 3), ("fr", 0.28 / 3), ("de", 0.28 / 3))
KIND_SHARES = (
    ("grooming_quiet", 0.16), ("grooming_typical", 0.11), ("grooming_fast", 0.08),
    ("family_parent", 0.09), ("family_relative", 0.07), ("teacher_coach", 0.08), ("peers", 0.08),
    ("friends_meeting", 0.065), ("adults", 0.065), ("gamers", 0.07), ("safety_lesson", 0.06), ("ordinary", 0.06),
)  # fmt: skip
# answer function -> question function whose phrasings it answers position by position
ALIGNED_ANSWERS = {
    "c_schedule": "q_schedule",
    "c_route": "q_route",
    "c_screen": "q_screen",
    "c_alone": "g_alone_q",
}
GROOMING = {"grooming_quiet", "grooming_typical", "grooming_fast"}


# ----- conversation assembly -----------------------------------------------------------------------------
@dataclass
class Persona:
    lower: float  # chance a line is left all lowercase (the banks are lowercase; formal writers capitalise)
    typo: float  # chance per word of a typo
    slang: float  # chance per line of abbreviations
    emoji: float  # chance per line of a trailing emoji
    strip_accents: bool = False
    formal: bool = False


@dataclass
class Beat:
    author: str
    keys: tuple[str, ...]
    manip: bool = False


@dataclass
class Conversation:
    rng: random.Random
    lang: str
    slots: dict[str, str]
    target: int = 20
    blocks: list[list[Beat]] = field(default_factory=list)
    used: set[tuple[str, str]] = field(default_factory=set)  # phrasings already said in this conversation

    last_index: dict[str, int] = field(default_factory=dict)

    def phrase(self, key: str) -> str:
        """A phrasing for a function, avoiding ones already used in this conversation while others remain.

        Answers listed in ALIGNED_ANSWERS usually take the phrasing at the same position as the question.
        """
        options = BANKS[self.lang][key]
        question = ALIGNED_ANSWERS.get(key)
        if question in self.last_index and self.rng.random() < 0.8:
            index = self.last_index.pop(question)
        else:
            for _ in range(4):
                index = self.rng.randrange(len(options))
                if (key, options[index]) not in self.used:
                    break
        self.used.add((key, options[index]))
        self.last_index[key] = index
        return fill(self.rng, options[index], self.slots)

    personas: dict[str, Persona] = field(default_factory=dict)

    def block(
        self, *beats: tuple[str, str | tuple[str, ...]] | tuple[str, str | tuple[str, ...], bool]
    ) -> None:
        made = []
        for beat in beats:
            author, keys = beat[0], beat[1]
            manip = bool(beat[2]) if len(beat) > 2 else False
            made.append(Beat(author, (keys,) if isinstance(keys, str) else tuple(keys), manip))
        self.blocks.append(made)


def persona(rng: random.Random, lang: str, role: str) -> Persona:
    if role in {"parent", "relative", "teacher", "service"}:
        formal = rng.random() < 0.55
        return Persona(lower=0.2 if formal else 0.7, typo=rng.choice([0.0, 0.01, 0.03]), slang=0.05,
                       emoji=rng.choice([0.0, 0.1, 0.25]), strip_accents=lang in {"es", "fr"} and rng.random() < 0.2,
                       formal=formal)  # fmt: skip
    if role == "kid":
        return Persona(lower=rng.choice([0.85, 0.95, 1.0]), typo=rng.choice([0.01, 0.03, 0.06]),
                       slang=rng.choice([0.2, 0.4, 0.6]), emoji=rng.choice([0.05, 0.15, 0.3]),
                       strip_accents=lang in {"es", "fr"} and rng.random() < 0.5)  # fmt: skip
    # adults online, suspects, gamers: anything from careful to sloppy
    return Persona(lower=rng.choice([0.5, 0.8, 1.0]), typo=rng.choice([0.0, 0.02, 0.04]),
                   slang=rng.choice([0.05, 0.2, 0.4]), emoji=rng.choice([0.0, 0.1, 0.2]),
                   strip_accents=lang in {"es", "fr"} and rng.random() < 0.3,
                   formal=rng.random() < 0.15)  # fmt: skip


def fill(rng: random.Random, template: str, slots: dict[str, str]) -> str:
    def one(match: re.Match[str]) -> str:
        return slots.get(match.group(1), match.group(0))

    return re.sub(r"\{(\w+)\}", one, template)


def typo(rng: random.Random, word: str) -> str:
    if len(word) < 4 or not word.isalpha():
        return word
    i = rng.randrange(1, len(word) - 1)
    roll = rng.random()
    if roll < 0.35:
        return word[:i] + word[i + 1] + word[i] + word[i + 2 :]
    if roll < 0.6:
        return word[:i] + word[i + 1 :]
    if roll < 0.8:
        return word[:i] + word[i] + word[i:]
    near = KEYBOARD_NEIGHBOURS.get(word[i].lower())
    return word[:i] + rng.choice(near) + word[i + 1 :] if near else word


def style(rng: random.Random, text: str, lang: str, p: Persona) -> str:
    if rng.random() < p.slang:
        for pattern, repl in SLANG[lang]:
            if rng.random() < 0.6:
                text = re.sub(pattern, repl, text, flags=re.IGNORECASE)
    if p.typo:
        text = " ".join(typo(rng, w) if rng.random() < p.typo else w for w in text.split(" "))
    if p.strip_accents:
        text = "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))
        text = unicodedata.normalize("NFC", text)
    if rng.random() > p.lower and text[:1].isalpha():
        text = text[0].upper() + text[1:]
        if lang == "en":
            text = re.sub(r"\bi\b", "I", text)
            text = re.sub(r"\b(im|dont|cant|wont|ill|ive|youre|thats|its)\b",
                          lambda m: {"im": "I'm", "dont": "don't", "cant": "can't", "wont": "won't", "ill": "I'll",
                                     "ive": "I've", "youre": "you're", "thats": "that's", "its": "it's"}[m.group(1)]
                          if rng.random() < 0.7 else m.group(1), text)  # fmt: skip
        if p.formal and text[-1:].isalnum():
            text += "."
    elif rng.random() < 0.3:
        text = text.rstrip("?!.") or text
    if rng.random() < p.emoji and not p.formal:
        text += rng.choice(["", " "]) + rng.choice(EMOJI) * rng.choice([1, 1, 1, 2, 3])
    elif rng.random() < 0.04:
        text = re.sub(r"([aeiouys])\b", lambda m: m.group(1) * rng.randint(2, 4), text, count=1)
    return text.strip() or "ok"


def realise(conv: Conversation) -> list[tuple[str, str, bool]]:
    rng, bank = conv.rng, BANKS[conv.lang]
    out: list[tuple[str, str, bool]] = []
    for block in conv.blocks:
        for beat in block:
            parts = [conv.phrase(key) for key in beat.keys]
            joiner = rng.choice([" ", ", ", " ", ". "]) if len(parts) > 1 else ""
            text = joiner.join(parts)
            p = conv.personas[beat.author]
            if rng.random() < 0.12 and not beat.manip and len(parts) == 1:
                text = rng.choice(bank["laugh"] + bank["ack"]) + " " + text
            elif rng.random() < 0.1:
                text = rng.choice(bank["pre"]) + rng.choice([" ", ", "]) + text
            answer = beat.keys[-1].startswith(("ka_", "aa_", "fine", "c_age"))
            if answer and rng.random() < 0.15:
                text = text + rng.choice([" ", ", "]) + rng.choice(bank["post"])
            out.append((beat.author, style(rng, text, conv.lang, p), beat.manip))
            if rng.random() < 0.07 and not p.formal:  # a second quick line from the same person
                out.append((beat.author, style(rng, rng.choice(bank["laugh"] + EMOJI + ["?", "??"]), conv.lang, p),
                            False))  # fmt: skip
    return out


# ----- helpers for builders ----------------------------------------------------------------------------
def topic_filler(
    c: Conversation, prefix: str, topics: dict[str, tuple[str, str, str]], asker: str, answerer: str
) -> None:
    rng = c.rng
    topic = rng.choice(sorted(topics))
    beats: list[tuple[str, str]] = [(asker, f"{prefix}q_{topic}"), (answerer, f"{prefix}a_{topic}")]
    if rng.random() < 0.5:
        beats.append((asker, f"{prefix}f_{topic}"))
    c.block(*beats)


def kid_filler(c: Conversation, asker: str, answerer: str) -> None:
    topic_filler(c, "k", KID_TOPICS[c.lang], asker, answerer)


def adult_filler(c: Conversation, asker: str, answerer: str) -> None:
    topic_filler(c, "a", ADULT_TOPICS[c.lang], asker, answerer)


def greet(c: Conversation, first: str, second: str) -> None:
    r = c.rng.random()
    if r < 0.4:
        c.block((first, ("hi", "howru")), (second, "fine"))
    elif r < 0.7:
        c.block((first, "hi"), (second, "hi"), (first, "howru"), (second, "fine"))
    elif r < 0.85:
        c.block((first, "howru"), (second, "fine"))
    # else: no greeting, straight in


def maybe(rng: random.Random, p: float) -> bool:
    return rng.random() < p


def run_sections(c: Conversation, sections: list, lo: int, hi: int) -> None:
    """Run a shuffled selection of sections; longer drawn conversations get more (some repeated, reworded)."""
    c.rng.shuffle(sections)
    extra = max(0, (c.target - 16) // 5)
    chosen = sections[: c.rng.randint(lo, hi)]
    chosen += c.rng.choices(sections, k=c.rng.randint(0, extra)) if extra else []
    for step in chosen:
        step()


# ----- grooming builders (suspect "S", child "C") --------------------------------------------------------
def build_grooming_typical(c: Conversation, s: str, k: str, wary: bool, fake_young: bool) -> None:
    rng = c.rng
    c.block((s, "g_open"), (k, "c_open"))
    for _ in range(rng.randint(0, 2)):
        kid_filler(c, s, k) if rng.random() < 0.6 else kid_filler(c, k, s)
    age_answer = "c_age_wary" if wary and maybe(rng, 0.6) else "c_age"
    c.block(
        (s, "g_age_q", True), (k, age_answer), (s, "g_own_age_young" if fake_young else "g_own_age_adult")
    )
    middle = [
        lambda: c.block((s, "g_mature", True), (k, "c_flatter")),
        lambda: c.block((s, "g_parents_q", True), (k, "c_parents")),
        lambda: c.block((s, "g_alone_q", True), (k, "c_alone")),
        lambda: c.block((s, "g_computer_q", True), (k, "c_computer")),
        lambda: c.block((s, "g_secret", True), (k, "c_secret")),
        lambda: c.block((s, "g_gift", True), (k, "c_gift")),
        lambda: c.block((s, "g_move_app", True), (k, "c_move")),
    ]
    rng.shuffle(middle)
    for step in middle[: rng.randint(3, 7)]:
        step()
        if maybe(rng, 0.25):
            kid_filler(c, k, s)
    c.block((s, "g_meet", True), (k, "c_meet_no" if wary else "c_meet_yes"))
    if wary or maybe(rng, 0.4):
        c.block((s, "g_push", True), (k, rng.choice(["unsure", "c_meet_no", "bye", "c_meet_yes"])))


def build_grooming_quiet(c: Conversation, s: str, k: str, wary: bool, fake_young: bool) -> None:
    rng = c.rng
    if maybe(rng, 0.4):
        c.block((k, "hi"), (s, "q_open"), (k, "q_open_c"))
    else:
        c.block((s, rng.choice(["hi", "q_open"])), (k, rng.choice(["hi", "q_open_c", "fine"])))
    for _ in range(rng.randint(1, 3)):
        kid_filler(c, s, k) if rng.random() < 0.6 else kid_filler(c, k, s)
    if maybe(rng, 0.6):
        c.block((s, "q_interest"), (k, rng.choice(["laugh", "c_exclusive", "ack"])))
    functions = [
        lambda: c.block((s, "q_schedule", True), (k, "c_schedule")),
        lambda: c.block((s, "q_route", True), (k, "c_route")),
        lambda: c.block(
            (k, "q_sad_c"), (s, "q_comfort", True), (k, rng.choice(["ack", "c_exclusive", "thanks"]))
        ),
        lambda: c.block((s, "q_exclusive", True), (k, "c_exclusive")),
        lambda: c.block((s, "q_friends", True), (k, "c_friends")),
        lambda: c.block((s, "q_screen", True), (k, "c_screen")),
        lambda: c.block((s, "q_delete", True), (k, "c_delete")),
        lambda: c.block((s, "q_second", True), (k, "c_second")),
        lambda: c.block((s, "q_favour", True), (k, "c_favour")),
        lambda: c.block((k, rng.choice(["q_sad_c", "c_resent"])), (s, "q_resent", True), (k, "c_resent")),
        lambda: c.block((s, "q_secret_world", True), (k, "c_secret_world")),
    ]
    rng.shuffle(functions)
    for step in functions[: rng.randint(3, 7)]:
        step()
        for _ in range(rng.choice([0, 0, 1, 1, 2])):
            kid_filler(c, s, k) if rng.random() < 0.6 else kid_filler(c, k, s)
    if maybe(rng, 0.55):
        c.block(
            (s, "q_meet_soft", True),
            (k, "c_meet_no" if wary else rng.choice(["c_meet_yes", "unsure", "laugh"])),
        )


def build_grooming_fast(c: Conversation, s: str, k: str, wary: bool, fake_young: bool) -> None:
    rng = c.rng
    c.block((s, rng.choice(["g_open", "hi"])), (k, rng.choice(["c_open", "hi"])))
    c.block((s, "g_age_q", True), (k, "c_age_wary" if wary and maybe(rng, 0.5) else "c_age"))
    extra = [
        ("g_mature", "c_flatter"),
        ("g_alone_q", "c_alone"),
        ("g_gift", "c_gift"),
        ("g_secret", "c_secret"),
    ]
    rng.shuffle(extra)
    for skey, kkey in extra[: rng.randint(1, 3)]:
        c.block((s, skey, True), (k, kkey))
    final = rng.choice(["g_move_app", "g_meet"])
    c.block(
        (s, final, True),
        (k, ("c_move" if final == "g_move_app" else ("c_meet_no" if wary else "c_meet_yes"))),
    )
    if maybe(rng, 0.5):
        c.block((s, "g_push", True), (k, rng.choice(["unsure", "bye", "ack"])))


# ----- benign builders -----------------------------------------------------------------------------------
def build_family_parent(c: Conversation, p: str, k: str) -> None:
    rng = c.rng
    if maybe(rng, 0.5):
        greet(c, rng.choice([p, k]), k if rng.random() < 0.5 else p)
    sections = [
        lambda: c.block((p, "fp_pickup"), (k, "ack")),
        lambda: c.block((p, "fp_alone"), (k, "fp_alone_c")),
        lambda: c.block((p, "fp_surprise"), (k, "fp_surprise_c")),
        lambda: c.block((p, "fp_gift"), (k, rng.choice(["thanks", "laugh"]))),
        lambda: c.block((p, "fp_keys"), (k, rng.choice(["ack", "unsure"]))),
        lambda: c.block((p, "fp_screen"), (k, rng.choice(["fp_app_c", "ack"]))),
        lambda: c.block((p, "fp_app"), (k, "fp_app_c")),
        lambda: c.block((k, "fp_c_ask"), (p, "fp_answer"), (k, "ack")),
        lambda: c.block((k, "q_sad_c"), (p, "fp_love")),
    ]
    run_sections(c, sections, 2, 5)
    c.block((p, "fp_love"), (k, rng.choice(["ack", "thanks", "bye"])))


def build_family_relative(c: Conversation, r: str, k: str) -> None:
    rng = c.rng
    greet(c, r if rng.random() < 0.7 else k, k)
    sections = [
        lambda: c.block((r, "fr_size"), (k, "fr_size_c")),
        lambda: c.block((r, "fr_secret"), (k, "fr_secret_c")),
        lambda: c.block((r, "fr_visit"), (k, "fr_visit_c")),
        lambda: c.block((r, "fr_gift"), (k, "fr_gift_c")),
        lambda: c.block((r, "fp_alone"), (k, "fp_alone_c")),
    ]
    run_sections(c, sections, 2, 4)
    c.block((r, "fr_love"), (k, rng.choice(["thanks", "bye", "fr_love"])))


def build_teacher_coach(c: Conversation, t: str, k: str) -> None:
    rng = c.rng
    if maybe(rng, 0.5):
        greet(c, t, k)
    sections = [
        lambda: c.block((t, "tc_schedule"), (k, "ack")),
        lambda: c.block((t, "tc_travel"), (k, "tc_travel_r")),
        lambda: c.block((t, "tc_praise"), (k, "tc_praise_r")),
        lambda: c.block((t, "tc_kit"), (k, "ack")),
        lambda: c.block((k, "tc_homework_q"), (t, "tc_homework_a"), (k, "thanks")),
        lambda: c.block((t, "tc_homework"), (k, rng.choice(["ack", "tc_homework_q"]))),
    ]
    run_sections(c, sections, 2, 5)
    if maybe(rng, 0.5):
        c.block((k, rng.choice(["thanks", "bye"])))


def build_peers(c: Conversation, a: str, b: str) -> None:
    rng = c.rng
    greet(c, a, b)
    sections = [
        lambda: c.block((a, ("p_secret", "p_crush")), (b, "p_crush_r")),
        lambda: c.block((a, "p_crush"), (b, "p_crush_r"), (a, "p_secret")),
        lambda: c.block((a, "p_app"), (b, rng.choice(["ack", "p_mum", "unsure"]))),
        lambda: c.block((a, "p_meet"), (b, "p_meet_r")),
        lambda: c.block((b, "p_age"), (a, rng.choice(["unsure", "ack", "laugh"]))),
        lambda: c.block((a, "p_compliment"), (b, rng.choice(["thanks", "laugh"]))),
        lambda: c.block((b, "p_mum"), (a, rng.choice(["laugh", "ack"]))),
        lambda: c.block((a, "q_sad_c"), (b, rng.choice(["q_comfort", "c_friends"]))),
    ]
    sections.append(lambda: kid_filler(c, a, b))
    run_sections(c, sections, 2, 6)


def build_friends_meeting(c: Conversation, a: str, b: str) -> None:
    rng = c.rng
    greet(c, a, b)
    c.block((a, "fm_plan"), (b, "fm_r"))
    steps = [lambda: c.block((b, "fm_addr"), (a, "thanks")), lambda: c.block((a, "fm_app"), (b, "ack")),
             lambda: c.block((a, "fm_meet"), (b, "fm_r")), lambda: adult_filler(c, b, a)]  # fmt: skip
    run_sections(c, steps, 2, 4)
    c.block((b, rng.choice(["bye", "fm_r"])))


def build_adults(c: Conversation, a: str, b: str) -> None:
    greet(c, a, b)
    steps = [lambda: c.block((a, "ad_flirt"), (b, "ad_flirt_r")), lambda: c.block((b, "ad_flirt"), (a, "ad_flirt_r")),
             lambda: c.block((a, "ad_alone"), (b, "ad_r")), lambda: c.block((a, "ad_secret"), (b, "ad_r")),
             lambda: adult_filler(c, a, b), lambda: c.block((b, "fm_app"), (a, "ack"))]  # fmt: skip
    run_sections(c, steps, 2, 5)


def build_gamers(c: Conversation, a: str, b: str, third: str | None) -> None:
    rng = c.rng
    who = [a, b] + ([third] if third else [])
    c.block((a, "gm_squad"), (b, rng.choice(["ack", "gm_trash", "laugh"])))
    steps = [
        lambda: c.block((rng.choice(who), "gm_age"), (b, "gm_age_r"), (a, "gm_age_r")),
        lambda: c.block((a, "gm_gift"), (b, "gm_gift_r")),
        lambda: c.block((rng.choice(who), "gm_discord"), (b, "gm_discord_r")),
        lambda: c.block((rng.choice(who), "gm_trash"), (rng.choice(who), "laugh")),
        lambda: c.block((rng.choice(who), "gm_squad"), (rng.choice(who), "ack")),
    ]
    run_sections(c, steps, 2, 5)


def build_safety_lesson(c: Conversation, a: str, b: str) -> None:
    rng = c.rng
    if maybe(rng, 0.4):
        greet(c, a, b)
    c.block((a, "sl_intro"), (b, rng.choice(["ack", "unsure", "sl_r"])))
    for _ in range(rng.randint(2, 4)):
        c.block(
            (a, "sl_quote"),
            (b, rng.choice(["sl_r", "ack", "laugh"])) if rng.random() < 0.6 else (a, "sl_quote"),
        )
    c.block((a, "sl_advice"), (b, "sl_r"))


def build_ordinary(c: Conversation, a: str, b: str) -> None:
    rng = c.rng
    kind = rng.choice(["cs", "sell", "nb", "group"])
    if kind == "cs":
        c.block((a, "hi"), (a, "or_cs"), (b, "or_cs_r"))
        for _ in range(rng.randint(1, 3)):
            c.block((a, rng.choice(["ack", "or_cs", "unsure"])), (b, "or_cs_r"))
        c.block((a, "thanks"))
    else:
        key = {"sell": "or_sell", "nb": "or_nb", "group": "or_group"}[kind]
        for _ in range(rng.randint(2, 5)):
            c.block((a, key), (b, key + "_r"))
        if maybe(rng, 0.5):
            adult_filler(c, b, a)
        c.block((b, rng.choice(["thanks", "bye", "ack"])))


# ----- one conversation ---------------------------------------------------------------------------------
def handle(rng: random.Random, name: str) -> str:
    made = _handle(rng, name)
    while made in TAKEN:
        made = f"{made}{rng.randint(2, 9)}"
    TAKEN.add(made)
    return made


TAKEN: set[str] = set()  # author names used in the conversation being built


def fixed(name: str) -> str:
    TAKEN.add(name)
    return name


def _handle(rng: random.Random, name: str) -> str:
    style_ = rng.random()
    if style_ < 0.35:
        return name
    if style_ < 0.6:
        return f"{name}{rng.randint(1, 99):02d}"
    if style_ < 0.8:
        return f"{rng.choice(HANDLE_PARTS)}_{name}"
    return f"{rng.choice(HANDLE_PARTS)}{rng.choice(HANDLE_PARTS)}{rng.randint(1, 999)}"


def ascii_name(name: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", name) if not unicodedata.combining(c)).replace(
        " ", "_"
    )


def target_length(rng: random.Random) -> int:
    r = rng.random()
    if r < 0.1:
        return rng.randint(6, 11)
    if r < 0.88:
        return rng.randint(12, 40)
    return rng.randint(41, 80)


def make_one(rng: random.Random, index: int, kind: str, lang: str) -> tuple[dict, dict]:
    sl = SLOTS[lang]
    TAKEN.clear()
    pick = rng.choice
    kids = rng.sample(sl["kid"], 4)  # the child, two friends talked about, a peer
    names = kids[0], pick(sl["adult"])
    slots = {
        key: pick(values) for key, values in sl.items() if key not in {"kid", "adult", "parent", "relative"}
    }
    slots.update(game=pick(GAMES), app=pick(APPS))
    slots.update(friend=kids[1].capitalize() if rng.random() < 0.5 else kids[1], friend2=kids[2])
    age = rng.randint(11, 15)
    slots.update(age=str(age), age1=str(age + 1), sage=str(rng.randint(19, 52)))
    fage = rng.randint(14, 17)
    slots.update(fage=str(fage), fage1=str(fage + 1))
    conv = Conversation(rng, lang, slots, target=target_length(rng))
    ages: dict[str, int] = {}
    roles: dict[str, str] = {}
    suspect: str | None = None
    third: str | None = None

    if kind in GROOMING:
        kid = handle(rng, ascii_name(names[0]))
        s = handle(rng, ascii_name(pick(sl["adult"]) if rng.random() < 0.6 else pick(sl["kid"])))
        if s == kid:
            s += "_x"
        fake_young = rng.random() < 0.3
        wary = rng.random() < 0.35
        ages[kid] = age if rng.random() < 0.85 else rng.randint(16, 18)  # children sometimes lie upward
        ages[s] = (
            fage if fake_young or rng.random() < 0.15 else int(slots["sage"])
        )  # profile age may be false
        roles.update({kid: "kid", s: "suspect"})
        {"grooming_typical": build_grooming_typical, "grooming_quiet": build_grooming_quiet,
         "grooming_fast": build_grooming_fast}[kind](conv, s, kid, wary, fake_young)  # fmt: skip
        suspect = s
    else:
        a_name, b_name = ascii_name(names[0]), ascii_name(names[1])
        if kind == "family_parent":
            a = fixed(pick(sl["parent"]))
            b = handle(rng, a_name)
            ages.update({a: rng.randint(30, 52), b: age})
            roles.update({a: "parent", b: "kid"})
            build_family_parent(conv, a, b)
        elif kind == "family_relative":
            a = fixed(ascii_name(pick(sl["relative"])))
            b = handle(rng, a_name)
            ages.update({a: rng.randint(22, 80), b: age})
            roles.update({a: "relative", b: "kid"})
            build_family_relative(conv, a, b)
        elif kind == "teacher_coach":
            a = fixed(pick(sl["teacher"]))
            b = handle(rng, a_name) if rng.random() < 0.7 else handle(rng, b_name)  # pupil or a parent
            ages.update({a: rng.randint(24, 60), b: age})
            roles.update({a: "teacher", b: "kid"})
            build_teacher_coach(conv, a, b)
        elif kind == "peers":
            a, b = handle(rng, a_name), handle(rng, ascii_name(kids[3]))
            ages.update({a: age, b: age + rng.choice([-1, 0, 0, 1])})
            roles.update({a: "kid", b: "kid"})
            build_peers(conv, a, b)
        elif kind == "gamers":
            a, b = handle(rng, a_name), handle(rng, b_name)
            third = handle(rng, ascii_name(kids[2])) if rng.random() < 0.35 else None
            ages.update({a: rng.randint(13, 30), b: rng.randint(12, 25)})
            roles.update({a: "other", b: "kid"})
            if third:
                ages[third] = rng.randint(12, 28)
                roles[third] = "other"
            build_gamers(conv, a, b, third)
        elif kind == "safety_lesson":
            parent_to_parent = rng.random() < 0.5
            a = handle(rng, b_name) if parent_to_parent else fixed(pick(sl["parent"] + sl["teacher"]))
            b = handle(rng, ascii_name(pick(sl["adult"]))) if parent_to_parent else handle(rng, a_name)
            ages.update({a: rng.randint(30, 55), b: rng.randint(30, 55) if parent_to_parent else age})
            roles.update({a: "parent", b: "parent" if parent_to_parent else "kid"})
            build_safety_lesson(conv, a, b)
        else:
            a = handle(rng, b_name)
            b = handle(rng, ascii_name(pick(sl["adult"])))
            ages.update({a: rng.randint(20, 70), b: rng.randint(20, 70)})
            roles.update({a: "other", b: "service" if rng.random() < 0.5 else "other"})
            builder = {"friends_meeting": build_friends_meeting, "adults": build_adults,
                       "ordinary": build_ordinary}[kind]  # fmt: skip
            builder(conv, a, b)

    people = list(roles)
    conv.personas = {name: persona(rng, lang, roles[name]) for name in people}
    pad_to_length(conv, kind, people, roles)
    lines = realise(conv)[:80]
    onset = next((i for i, (who, _, manip) in enumerate(lines) if manip and who == suspect), None)
    if suspect is not None and onset is None:  # cannot happen with the builders above; keep the truth honest
        raise RuntimeError(f"grooming conversation {index} has no manipulation line")

    participants: dict[str, dict] = {}
    for name in sorted(set(people), key=people.index):
        participants[name] = {"declared_age": ages[name]} if name in ages and rng.random() < 0.4 else {}
    messages = timestamps(rng, [(who, text) for who, text, _ in lines], slow=kind == "grooming_quiet")
    cid = f"g{index + 1:05d}"
    chat = {"id": cid, "participants": participants, "messages": messages}
    truth = {"id": cid, "label": "grooming" if kind in GROOMING else "benign", "kind": kind, "suspect": suspect,
             "onset": onset, "language": lang}  # fmt: skip
    return chat, truth


def pad_to_length(conv: Conversation, kind: str, people: list[str], roles: dict[str, str]) -> None:
    """Insert small-talk blocks between the scripted blocks until the drawn length is reached."""
    rng = conv.rng
    target = conv.target
    if kind == "grooming_fast":
        target = min(target, rng.randint(8, 22))
    current = sum(len(b) for b in conv.blocks)
    kid_present = any(roles[p] == "kid" for p in people)
    guard = 0
    while current < max(target, 6) and guard < 60:
        guard += 1
        a, b = rng.sample(people, 2)
        if kid_present and roles[b] != "kid" and roles[a] == "kid":
            a, b = b, a
        filler = Conversation(rng, conv.lang, conv.slots)
        if kid_present:
            kid_filler(filler, a, b)
        else:
            adult_filler(filler, a, b)
        if rng.random() < 0.25:
            filler.blocks[0].append(Beat(a, ("laugh",)))
        # fast grooming: the scripted request stays within the first dozen lines, so pad only after it
        lo = len(conv.blocks) if kind == "grooming_fast" else 1
        conv.blocks.insert(rng.randint(min(lo, len(conv.blocks)), len(conv.blocks)), filler.blocks[0])
        current += len(filler.blocks[0])


def timestamps(rng: random.Random, lines: list[tuple[str, str]], slow: bool) -> list[dict]:
    start = datetime(2023, 1, 1) + timedelta(days=rng.randint(0, 900), hours=rng.randint(7, 21),
                                             minutes=rng.randint(0, 59))  # fmt: skip
    mode = rng.random()  # ~80% timed, some partially timed, some untimed
    t = start
    out = []
    for i, (who, text) in enumerate(lines):
        if i:
            r = rng.random()
            if r < (0.06 if slow else 0.025):
                t += timedelta(days=rng.randint(1, 6), minutes=rng.randint(0, 600))
            elif r < (0.15 if slow else 0.07):
                t += timedelta(minutes=rng.randint(20, 300))
            else:
                t += timedelta(seconds=int(rng.expovariate(1 / 45)) + 3)
        message = {"author": who, "text": text}
        if mode < 0.8 or (mode < 0.9 and rng.random() < 0.7):
            message["time"] = t.strftime("%Y-%m-%dT%H:%M:%S")
        out.append(message)
    return out


def quotas(rng: random.Random, shares: tuple[tuple[str, float], ...], n: int) -> list[str]:
    """n labels split by largest remainder (random tie-break), so the shares hold even for small n."""
    raw = [(label, share * n / sum(s for _, s in shares), rng.random()) for label, share in shares]
    counts = {label: int(x) for label, x, _ in raw}
    by_remainder = sorted(raw, key=lambda r: (r[1] - int(r[1]), r[2]), reverse=True)
    for label, _, _ in by_remainder[: n - sum(counts.values())]:
        counts[label] += 1
    return [label for label, count in counts.items() for _ in range(count)]


def plan(rng: random.Random, n: int) -> list[tuple[str, str]]:
    """Kinds by quota; within each kind, languages by quota, so every kind is written in every language."""
    kinds = quotas(rng, KIND_SHARES, n)
    pairs = []
    for kind in dict.fromkeys(kinds):
        langs = quotas(rng, LANGUAGE_WEIGHTS, kinds.count(kind))
        pairs += [(kind, lang) for lang in langs]
    rng.shuffle(pairs)
    return pairs


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="Write N synthetic, non-explicit chat conversations (JSONL) and their truth (JSONL).",
        epilog="Example: python generate.py --seed 1 --n 600 --out chats.jsonl --truth truth.jsonl",
    )
    parser.add_argument("--seed", type=int, required=True, help="random seed; same seed, same output")
    parser.add_argument("--n", type=int, required=True, help="number of conversations (>= 1)")
    parser.add_argument("--out", type=Path, required=True, help="conversations JSONL to write")
    parser.add_argument("--truth", type=Path, required=True, help="truth JSONL to write (same order)")
    args = parser.parse_args(argv)
    if args.n < 1:
        parser.error(f"--n must be at least 1, got {args.n}")
    rng = random.Random(args.seed)
    chats, truths = [], []
    for index, (kind, lang) in enumerate(plan(rng, args.n)):
        chat, truth = make_one(rng, index, kind, lang)
        chats.append(chat)
        truths.append(truth)
    try:
        for path, rows in ((args.out, chats), (args.truth, truths)):
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    except OSError as exc:
        print(f"generate.py: cannot write {exc.filename}: {exc.strerror}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
