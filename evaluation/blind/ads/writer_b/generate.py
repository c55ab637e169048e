#!/usr/bin/env python3
"""Synthetic, non-explicit classified-ad corpus for blind evaluation (writer_b).

Simulates a marketplace over ~4 months: operator networks (personas, rotating
phones with time windows, photo sets, home city + itinerary, a mutating
template) and independent posters / benign advertisers (rooms, jobs, items,
clinics, nannies) who copy common boilerplate and stock photos.

    python generate.py --seed S --n N --out ADS.jsonl --truth TRUTH.jsonl

Standard library only; deterministic from --seed.  Every phone number comes
from a range reserved for fiction (Ofcom drama, NANP 555-01xx, ACMA, ARCEP).
"""
import argparse
import datetime as dt
import json
import math
import random
import re

IND_ORDER = ["trust_language", "obscured_contact", "youth_language", "ethnicity_nationality",
             "third_person_voice", "always_available", "movement"]
T, O, Y, E, P3, A, M = IND_ORDER  # short tags

START = dt.datetime(2024, 3, 1)
SPAN_DAYS = 120

# ---------------------------------------------------------------- geography
# GB: (city, landline key, postcode area, weight)
GB = [("London", "lon", ["E1", "N7", "SW9", "SE15", "W2", "NW6"], 10), ("Leeds", "0113", ["LS"], 3),
      ("Sheffield", "0114", ["S"], 2), ("Nottingham", "0115", ["NG"], 2), ("Leicester", "0116", ["LE"], 2),
      ("Bristol", "0117", ["BS"], 2), ("Reading", "0118", ["RG"], 1), ("Birmingham", "0121", ["B"], 4),
      ("Edinburgh", "0131", ["EH"], 2), ("Glasgow", "0141", ["G"], 3), ("Liverpool", "0151", ["L"], 3),
      ("Manchester", "0161", ["M"], 5), ("Newcastle", "0191", ["NE"], 2), ("Belfast", "028", ["BT"], 1),
      ("Cardiff", "029", ["CF"], 2)]
US = [("New York", [212, 646, 917, 718], "100", 8), ("Los Angeles", [213, 310, 323], "900", 6),
      ("Chicago", [312, 773], "606", 4), ("Houston", [713, 832], "770", 3), ("Miami", [305, 786], "331", 3),
      ("Atlanta", [404, 678], "303", 3), ("Las Vegas", [702], "891", 3), ("Seattle", [206], "981", 2),
      ("Phoenix", [602, 480], "850", 2), ("Dallas", [214, 469], "752", 2), ("Boston", [617], "021", 2),
      ("Denver", [303, 720], "802", 2), ("San Francisco", [415], "941", 2), ("Philadelphia", [215, 267], "191", 2)]
CA = [("Toronto", [416, 647], "M5V", 5), ("Vancouver", [604, 778], "V6B", 3), ("Montreal", [514, 438], "H2X", 3),
      ("Calgary", [403, 587], "T2P", 2), ("Ottawa", [613, 343], "K1P", 2)]
AU = [("Sydney", "02", "20", 5), ("Melbourne", "03", "30", 5), ("Brisbane", "07", "40", 3), ("Perth", "08", "60", 2),
      ("Adelaide", "08", "50", 2), ("Gold Coast", "07", "42", 1)]
FR = [("Paris", "019900", "75", 6), ("Lyon", "046571", "69", 3), ("Marseille", "046571", "13", 3),
      ("Nice", "046571", "06", 2), ("Toulouse", "053649", "31", 2), ("Bordeaux", "053649", "33", 2),
      ("Lille", "035301", "59", 2), ("Strasbourg", "035301", "67", 1), ("Nantes", "026191", "44", 2),
      ("Rennes", "026191", "35", 1)]
IE = [("Dublin", "D0", 4), ("Cork", "T12", 2), ("Galway", "H91", 1), ("Limerick", "V94", 1)]
NZ = [("Auckland", "10", 4), ("Wellington", "60", 2), ("Christchurch", "80", 2)]

CITY = {}
for c, k, pc, w in GB:
    CITY[c] = {"cc": "GB", "land": k, "pc": pc, "w": w}
for c, codes, z, w in US:
    CITY[c] = {"cc": "US", "codes": codes, "pc": z, "w": w}
for c, codes, z, w in CA:
    CITY[c] = {"cc": "CA", "codes": codes, "pc": z, "w": w}
for c, area, z, w in AU:
    CITY[c] = {"cc": "AU", "area": area, "pc": z, "w": w}
for c, pref, z, w in FR:
    CITY[c] = {"cc": "FR", "pref": pref, "pc": z, "w": w}
for c, z, w in IE:
    CITY[c] = {"cc": "IE", "pc": z, "w": w}
for c, z, w in NZ:
    CITY[c] = {"cc": "NZ", "pc": z, "w": w}
BY_CC = {}
for c, info in CITY.items():
    BY_CC.setdefault(info["cc"], []).append(c)
CUR = {"GB": "£", "US": "$", "CA": "$", "AU": "$", "FR": "€", "IE": "€", "NZ": "$"}
CALLING = {"GB": "44", "US": "1", "CA": "1", "AU": "61", "FR": "33"}

AU_MOBILES = ["0491570006", "0491570156", "0491570157", "0491570158", "0491570159", "0491570110",
              "0491570313", "0491570737", "0491571266", "0491571491", "0491571804", "0491572549",
              "0491572665", "0491572983", "0491573770", "0491573087", "0491574118", "0491574632",
              "0491575254", "0491575789", "0491576398", "0491576801", "0491577426", "0491577644",
              "0491578957", "0491578148", "0491578888", "0491579212", "0491579760", "0491579455"]

NAMES = ["Mia", "Sofia", "Anna", "Bella", "Chloe", "Lily", "Nina", "Ruby", "Jade", "Lola", "Eva", "Maya",
         "Zara", "Ella", "Rosa", "Luna", "Amber", "Grace", "Kira", "Tina", "Vicky", "Carla", "Daisy", "Iris",
         "Jasmine", "Natalia", "Elena", "Camila"]
NAMES_FR = ["Léa", "Chloé", "Manon", "Camille", "Inès", "Sarah", "Jade", "Lola", "Emma", "Nina", "Clara",
            "Eva", "Julia", "Luna", "Alicia", "Mia", "Sofia", "Elena"]
# (English adjective, English country, French adjective (fem.), French country)
ETH = [("Latina", None, "latine", None), ("Asian", None, "asiatique", None),
       ("Eastern European", None, "d'Europe de l'Est", None), ("Brazilian", "Brazil", "brésilienne", "du Brésil"),
       ("Colombian", "Colombia", "colombienne", "de Colombie"), ("Thai", "Thailand", "thaïlandaise", "de Thaïlande"),
       ("Romanian", "Romania", "roumaine", "de Roumanie"), ("Italian", "Italy", "italienne", "d'Italie"),
       ("Spanish", "Spain", "espagnole", "d'Espagne"), ("Japanese", "Japan", "japonaise", "du Japon"),
       ("Venezuelan", "Venezuela", "vénézuélienne", "du Venezuela"), ("Polish", "Poland", "polonaise", "de Pologne"),
       ("Filipina", "the Philippines", "philippine", "des Philippines"),
       ("Hungarian", "Hungary", "hongroise", "de Hongrie"), ("Korean", "Korea", "coréenne", "de Corée")]
DAYS_EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
DAYS_FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December"]
MONTHS_FR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
             "octobre", "novembre", "décembre"]

# ------------------------------------------------------------- phrase pools
# Each entry: (text with {slots}, tags).  Tags are the indicator categories
# the sentence shows; untagged sentences were written to show none.
N = ()
POOLS = {"en": {
    "intro": [("Hi gentlemen, I'm {name}.", N), ("Hello, my name is {name}.", N), ("{name} here.", N),
              ("Hey there, this is {name}.", N), ("Welcome, I am {name}.", N), ("Good evening, {name} speaking.", N),
              ("My name is {name} and I would love to meet you.", N)],
    "intro3": [("Meet {name}.", (P3,)), ("This is {name}, she is lovely company.", (P3,)),
               ("{name} is waiting for your call.", (P3,)), ("We have {name} available for bookings.", (P3,)),
               ("Our lady {name} is ready to meet you.", (P3,)),
               ("Introducing {name}, she will make your evening.", (P3,)),
               ("Say hello to {name}, one of our ladies.", (P3,))],
    "desc": [("Lovely company for dinner, drinks or a quiet evening.", N),
             ("Relaxing massage in a calm, quiet flat.", N), ("Friendly, chatty and easy going.", N),
             ("Good conversation and a warm smile.", N), ("Elegant companion for social events.", N),
             ("Let me help you unwind after a long day.", N), ("Dinner dates and city walks welcome.", N),
             ("Soft music, warm towels and a relaxed atmosphere.", N), ("I love art, travel and good food.", N),
             ("Perfect company for a coffee or a concert.", N)],
    "desc3": [("She is friendly, chatty and easy going.", (P3,)), ("She loves good conversation and dinner dates.", (P3,)),
              ("She will help you unwind after a long day.", (P3,)),
              ("Lovely company for dinner, drinks or a quiet evening.", N),
              ("Relaxing massage in a calm, quiet flat.", N), ("Her smile will brighten your day.", (P3,)),
              ("Elegant companion for social events.", N)],
    "trust": [("Genuine and discreet.", (T,)), ("100% real photos, no surprises.", (T,)),
              ("Real pictures, what you see is what you get.", (T,)), ("Professional and reliable.", (T,)),
              ("Discreet, respectful and clean.", (T,)), ("Safe and private location.", (T,)),
              ("Trustworthy and punctual.", (T,)), ("Verified, genuine profile.", (T,)),
              ("Hygiene is very important to me.", (T,)), ("My photos are recent and real.", (T,)),
              ("Discretion guaranteed.", (T,)), ("Clean, safe and discreet apartment.", (T,)),
              ("Honest and reliable, never a fake.", (T,))],
    "trust3": [("She is genuine and discreet.", (T, P3)), ("All our photos are real.", (T, P3)),
               ("Professional agency, discretion assured.", (T, P3)), ("100% real photos, no surprises.", (T,)),
               ("She is reliable, respectful and clean.", (T, P3)), ("Safe and private location.", (T,)),
               ("Discretion guaranteed.", (T,))],
    "youth": [("Young and fun.", (Y,)), ("Fresh face, first week on the site.", (Y,)),
              ("Student in {city}, friendly and polite.", (Y,)), ("Just turned 18 and easy going.", (Y,)),
              ("Youthful energy and a big smile.", (Y,)), ("Young, sweet and relaxed.", (Y,)),
              ("Uni student, shy at first.", (Y,)), ("Fresh and young.", (Y,))],
    "youth3": [("She is young and fun.", (Y, P3)), ("Young student, she is very sweet.", (Y, P3)),
               ("She just turned 18.", (Y, P3)), ("Fresh and young.", (Y,)), ("Youthful energy and a big smile.", (Y,))],
    "eth": [("{Adj} lady.", (E,)), ("I am {adj}.", (E,)), ("Sweet {adj} beauty.", (E,)),
            ("Originally from {country}.", (E,)), ("{Adj} charm.", (E,)), ("Born in {country}, living in {city}.", (E,)),
            ("Proud {adj} lady with a warm heart.", (E,)), ("Genuine {adj} lady.", (E, T))],
    "eth3": [("She is {adj}.", (E, P3)), ("Lovely {adj} lady from our team.", (E, P3)),
             ("She comes from {country}.", (E, P3)), ("{Adj} lady.", (E,)), ("Sweet {adj} beauty.", (E,))],
    "always": [("Available 24/7.", (A,)), ("Open day and night.", (A,)), ("No days off, call any time.", (A,)),
               ("Outcall at any hour.", (A,)), ("Around the clock, seven days a week.", (A,)),
               ("Always available, even late at night.", (A,)), ("24 hours a day, every day.", (A,)),
               ("Call me whenever, day or night.", (A,)), ("Available 24 hrs incl. weekends.", (A,))],
    "always3": [("She is available 24/7.", (A, P3)), ("Our ladies work day and night.", (A, P3)),
                ("We are open around the clock.", (A, P3)), ("Outcall at any hour.", (A,)),
                ("No days off, call any time.", (A,))],
    "move": [("New in town.", (M,)), ("Just arrived in {city}.", (M,)), ("Leaving soon, don't miss me.", (M,)),
             ("Touring the country this month.", (M,)), ("Last days in {city}!", (M,)),
             ("Only in {city} until {day}.", (M,)), ("Visiting {city} for a few days.", (M,)),
             ("Back in {city} for one week only.", (M,)), ("On tour, next stop soon.", (M,))],
    "move3": [("She has just arrived in {city}.", (M, P3)), ("She is touring, last days in {city}.", (M, P3)),
              ("New in town this week.", (M,)), ("Only in {city} until {day}.", (M,))],
    "third": [("My girls are friendly and polite.", (P3,)), ("We have several ladies to choose from.", (P3,)),
              ("Call to book with her.", (P3,)), ("Ask for {name} when you call.", (P3,)),
              ("Our agency takes bookings by phone.", (P3,)),
              ("The manager answers calls, she does not take calls herself.", (P3,)),
              ("We arrange everything for you.", (P3,))],
    "rates": [("Rates: 30 min {cur}{p1}, 1 hour {cur}{p2}.", N), ("{cur}{p2} per hour.", N),
              ("1 hr {cur}{p2} / 2 hrs {cur}{p3}.", N), ("Donation {cur}{p2}/hr, dinner date {cur}{p3}.", N),
              ("Half hour {cur}{p1}.", N)],
    "hours": [("Available {h1} to {h2}.", N), ("Hours {h1}-{h2}, Monday to Saturday.", N),
              ("Open {h1} till {h2} weekdays.", N), ("Bookings taken between {h1} and {h2}.", N)],
    "boiler": [("No time wasters.", N), ("No withheld numbers.", N), ("Text first please.", N),
               ("Serious enquiries only.", N), ("Incall and outcall.", N), ("Appointments only.", N),
               ("Please read the whole ad before calling.", N), ("Cash only.", N), ("Short notice OK.", N),
               ("No explicit messages will be answered.", N)],
    "contact": [("Call or text {phone}", N), ("Text me on {phone}", N), ("WhatsApp {phone}", N), ("📞 {phone}", N),
                ("Contact: {phone}", N), ("Ring me: {phone}", N), ("My number: {phone}", N),
                ("Message {phone}, text only.", N), ("Call {phone} to book.", N)],
    "contact3": [("Call to book with her: {phone}", (P3,)), ("Bookings: {phone}", N),
                 ("Call the agency on {phone}", (P3,)), ("Book her on {phone}", (P3,)), ("📞 {phone}", N),
                 ("Our booking line: {phone}", (P3,))],
    "nocontact": [("Number in the listing above.", N), ("Contact through the site.", N),
                  ("Message here on the site.", N), ("Use the call button.", N)],
    "footer": [("Ad #{adnum}", N), ("Ref {ref}", N), ("Posted {date}", N),
               ("Report this ad. All advertisers confirm they are 18 or over.", N),
               ("Stay safe: never pay a deposit in advance.", N), ("Ad ID {adnum}. Listing checked by moderators.", N),
               ("Order no. {order}", N), ("Premium listing, renewed {date}.", N), ("© {year} CityAds", N)],
    "deco": [("✨✨✨", N), ("~~~~~", N), ("💖", N), ("🌹🌹", N), ("* * *", N)],
    "handle": [("Telegram: @{handle}", N), ("Snap: {handle}", N), ("Email {email}", N), ("IG {handle}", N)],
}, "fr": {
    "intro": [("Bonjour messieurs, je suis {name}.", N), ("Coucou, c'est {name}.", N), ("Je m'appelle {name}.", N),
              ("{name}, enchantée.", N), ("Bonsoir, ici {name}.", N)],
    "intro3": [("Voici {name}.", (P3,)), ("{name} vous attend.", (P3,)), ("Nous vous présentons {name}.", (P3,)),
               ("{name} est là pour vous, appelez-la.", (P3,))],
    "desc": [("Compagnie agréable pour un dîner ou une soirée calme.", N), ("Massage relaxant dans un cadre calme.", N),
             ("Souriante, bavarde et facile à vivre.", N), ("Pour se détendre après une longue journée.", N),
             ("J'aime les voyages, l'art et la bonne cuisine.", N), ("Accompagnatrice élégante pour vos sorties.", N)],
    "desc3": [("Elle est souriante et agréable.", (P3,)), ("Elle vous reçoit dans un cadre calme.", (P3,)),
              ("Compagnie agréable pour un dîner ou une soirée calme.", N), ("Massage relaxant dans un cadre calme.", N)],
    "trust": [("Discrète et sérieuse.", (T,)), ("Photos 100% réelles.", (T,)), ("Hygiène irréprochable.", (T,)),
              ("Respectueuse et fiable.", (T,)), ("Professionnelle, discrétion assurée.", (T,)),
              ("Vraies photos, pas de mauvaise surprise.", (T,)), ("Lieu sûr et discret.", (T,)),
              ("Annonce authentique.", (T,))],
    "trust3": [("Elle est discrète et sérieuse.", (T, P3)), ("Toutes nos photos sont réelles.", (T, P3)),
               ("Photos 100% réelles.", (T,)), ("Lieu sûr et discret.", (T,))],
    "youth": [("Jeune et souriante.", (Y,)), ("Étudiante, très douce.", (Y,)), ("Je viens d'avoir 18 ans.", (Y,)),
              ("Jeune et pleine d'énergie.", (Y,)), ("Fraîche et jeune.", (Y,))],
    "youth3": [("Elle est jeune et souriante.", (Y, P3)), ("Jeune étudiante, elle est très douce.", (Y, P3)),
               ("Fraîche et jeune.", (Y,))],
    "eth": [("{Adjf} très douce.", (E,)), ("Je suis {adjf}.", (E,)), ("Originaire {pays}.", (E,)),
            ("Belle {adjf}.", (E,)), ("Charme {adjf}.", (E,))],
    "eth3": [("Elle est {adjf}.", (E, P3)), ("Elle est originaire {pays}.", (E, P3)), ("Belle {adjf}.", (E,))],
    "always": [("Disponible 24h/24.", (A,)), ("7j/7, jour et nuit.", (A,)), ("Disponible à toute heure.", (A,)),
               ("Sans jour de repos.", (A,)), ("Déplacement à toute heure.", (A,)), ("Jour et nuit, tous les jours.", (A,))],
    "always3": [("Elle est disponible 24h/24 et 7j/7.", (A, P3)), ("Nos hôtesses reçoivent jour et nuit.", (A, P3)),
                ("Disponible à toute heure.", (A,))],
    "move": [("Nouvelle à {city}.", (M,)), ("Je viens d'arriver à {city}.", (M,)), ("De passage à {city}.", (M,)),
             ("Derniers jours à {city} !", (M,)), ("En tournée, je pars bientôt.", (M,)),
             ("Seulement quelques jours à {city}.", (M,)), ("À {city} jusqu'à {day}.", (M,))],
    "move3": [("Elle vient d'arriver à {city}.", (M, P3)), ("De passage à {city}, réservez-la vite.", (M, P3)),
              ("Derniers jours à {city} !", (M,))],
    "third": [("Plusieurs hôtesses disponibles, appelez l'agence.", (P3,)), ("Réservez avec elle par téléphone.", (P3,)),
              ("Demandez {name} à l'appel.", (P3,)), ("C'est le responsable qui répond au téléphone.", (P3,)),
              ("Nous organisons tout pour vous.", (P3,))],
    "rates": [("Tarifs : 30 min {p1} €, 1 h {p2} €.", N), ("{p2} € de l'heure.", N), ("1h {p2}€ / 2h {p3}€", N)],
    "hours": [("De {h1} à {h2}.", N), ("Horaires : {h1} - {h2}, du lundi au samedi.", N),
              ("Rendez-vous entre {h1} et {h2}.", N)],
    "boiler": [("Pas de numéros masqués.", N), ("Pas sérieux s'abstenir.", N), ("Sur rendez-vous uniquement.", N),
               ("Merci de lire l'annonce avant d'appeler.", N), ("Reçoit et se déplace.", N),
               ("Aucun message explicite.", N)],
    "contact": [("Appelez-moi au {phone}", N), ("SMS uniquement : {phone}", N), ("Tél : {phone}", N),
                ("WhatsApp : {phone}", N), ("📞 {phone}", N), ("Contact : {phone}", N)],
    "contact3": [("Réservez-la au {phone}", (P3,)), ("Appelez l'agence au {phone}", (P3,)), ("Tél : {phone}", N),
                 ("Réservations : {phone}", N)],
    "nocontact": [("Numéro dans l'annonce.", N), ("Contact via le site.", N), ("Message privé sur le site.", N)],
    "footer": [("Annonce n° {adnum}", N), ("Réf. {ref}", N), ("Publiée le {date}", N),
               ("Tous les annonceurs certifient avoir plus de 18 ans.", N),
               ("Conseil sécurité : ne versez jamais d'acompte.", N), ("Commande n° {order}", N),
               ("© {year} VilleAnnonces", N)],
    "deco": [("✨✨✨", N), ("~~~~~", N), ("🌹", N)],
    "handle": [("Telegram : @{handle}", N), ("Snap : {handle}", N), ("Email : {email}", N)],
}}

SYN = {"en": {"lovely": ["charming", "delightful", "pleasant", "lovely"], "quiet": ["calm", "peaceful", "quiet"],
              "company": ["companionship", "company"], "friendly": ["warm", "friendly", "kind"],
              "Hi": ["Hello", "Hey", "Hi"], "gentlemen": ["guys", "gents", "gentlemen"],
              "unwind": ["relax", "unwind", "switch off"], "chatty": ["talkative", "chatty"],
              "smile": ["smile", "laugh"], "flat": ["apartment", "flat", "place"], "Call": ["Ring", "Phone", "Call"],
              "text": ["message", "text", "SMS"], "evening": ["evening", "night"], "Lovely": ["Charming", "Lovely"],
              "Relaxing": ["Soothing", "Relaxing"], "welcome": ["welcome", "are welcome", "are fine"],
              "book": ["book", "arrange", "reserve"], "Rates": ["Prices", "Rates", "Fees"]},
       "fr": {"agréable": ["charmante", "agréable", "plaisante"], "calme": ["calme", "paisible", "tranquille"],
              "soirée": ["soirée", "nuit"], "Bonjour": ["Bonjour", "Salut", "Hello"], "douce": ["douce", "câline"],
              "Tarifs": ["Tarifs", "Prix"], "Massage": ["Massage", "Modelage"]}}

STOCK_N = 40
WORDS_EN = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"]
WORDS_FR = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"]
UNI_SETS = [0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7F6]
CIRCLED = ["⓪", "①", "②", "③", "④", "⑤", "⑥", "⑦", "⑧", "⑨"]
SEP_EMOJI = ["⭐", "✨", "🌸", "💎", "🌹", "❤️", "🔥", "🍒"]


def fr_number(n):
    units = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
             "douze", "treize", "quatorze", "quinze", "seize"]
    tens = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
    if n <= 16:
        return units[n]
    if n < 20:
        return "dix-" + units[n - 10]
    if n < 70:
        t, u = divmod(n, 10)
        if u == 0:
            return tens[t]
        if u == 1:
            return tens[t] + " et un"
        return tens[t] + "-" + units[u]
    if n < 80:
        return "soixante-" + ("et-onze" if n == 71 else fr_number(n - 60))
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + fr_number(n - 80)


# ------------------------------------------------------------------- phones
class Phones:
    """Allocates fictional numbers; every number belongs to exactly one poster."""

    def __init__(self, rng):
        self.rng = rng
        self.used = set()

    def _draw(self, size, make):
        for _ in range(60):
            nat = make(self.rng.randrange(size))
            if nat not in self.used:
                self.used.add(nat)
                return nat
        cands = [make(i) for i in range(size)]
        free = [c for c in cands if c not in self.used]
        if not free:
            return None
        nat = self.rng.choice(free)
        self.used.add(nat)
        return nat

    def new(self, city, mobile_bias=0.6):
        info = CITY[city]
        cc, r = info["cc"], self.rng
        nat = None
        kind = None
        if cc == "GB":
            u = r.random()
            if u < mobile_bias:
                nat, kind = self._draw(1000, lambda i: "07700900%03d" % i), "gbm"
            elif u < mobile_bias + 0.06:
                nat, kind = self._draw(1000, lambda i: "01632960%03d" % i), "gb5"
            else:
                k = info["land"]
                if k == "lon":
                    nat, kind = self._draw(1000, lambda i: "02079460%03d" % i), "gb3"
                elif k == "028":
                    nat, kind = self._draw(1000, lambda i: "02896496%03d" % i), "gb3"
                elif k == "029":
                    nat, kind = self._draw(1000, lambda i: "02920180%03d" % i), "gb3"
                elif k == "0191":
                    nat, kind = self._draw(1000, lambda i: "01914980%03d" % i), "gb4"
                else:
                    nat, kind = self._draw(1000, lambda i, k=k: k + "4960%03d" % i), "gb4"
            if nat is None:
                nat, kind = self._draw(1000, lambda i: "07700900%03d" % i), "gbm"
        elif cc in ("US", "CA"):
            codes = info["codes"][:]
            r.shuffle(codes)
            for a in codes:
                nat = self._draw(100, lambda i, a=a: "%d5550%d" % (a, 100 + i))
                if nat:
                    break
            kind = "nanp"
        elif cc == "AU":
            if r.random() < mobile_bias * 0.5:
                nat = self._draw(len(AU_MOBILES), lambda i: AU_MOBILES[i])
                kind = "aum"
            if nat is None:
                a = info["area"]
                nat = self._draw(20000, lambda i, a=a: a + ("5550" if i < 10000 else "7010") + "%04d" % (i % 10000))
                kind = "aul"
        elif cc == "FR":
            pref = "063998" if r.random() < mobile_bias else info["pref"]
            nat = self._draw(10000, lambda i, p=pref: p + "%04d" % i)
            kind = "fr"
        if nat is None:
            return None
        return make_phone(nat, "1" if cc in ("US", "CA") else CALLING[cc], kind)


def make_phone(nat, cc, kind):
    e164 = "+" + cc + (nat if cc == "1" else nat[1:])
    ng = {"gbm": [[5, 6], [5, 3, 3]], "gb5": [[5, 6], [5, 3, 3]], "gb3": [[3, 4, 4]], "gb4": [[4, 3, 4]],
          "aum": [[4, 3, 3]], "aul": [[2, 4, 4]], "fr": [[2, 2, 2, 2, 2]], "nanp": [[3, 3, 4]]}[kind]
    ig = {"gbm": [[4, 6], [4, 3, 3]], "gb5": [[4, 6]], "gb3": [[2, 4, 4]], "gb4": [[3, 3, 4]],
          "aum": [[3, 3, 3]], "aul": [[1, 4, 4]], "fr": [[1, 2, 2, 2, 2]], "nanp": [[3, 3, 4]]}[kind]
    return {"e164": e164, "cc": cc, "nat": nat, "kind": kind, "ng": ng, "ig": ig}


def group(d, sizes, sep):
    out, i = [], 0
    for s in sizes:
        out.append(d[i:i + s])
        i += s
    if i < len(d):
        out[-1] += d[i:]
    return sep.join(out)


def fmt_plain(ph, r, intl):
    nat, cc = ph["nat"], ph["cc"]
    if cc == "1":
        a, b, c = nat[:3], nat[3:6], nat[6:]
        if intl:
            return r.choice(["+1 %s %s %s", "+1 (%s) %s-%s", "+1-%s-%s-%s", "+1%s%s%s", "001 %s %s %s"]) % (a, b, c)
        return r.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "%s %s %s", "1-%s-%s-%s", "(%s) %s %s",
                         "%s%s%s", "1 (%s) %s-%s", "(%s)%s-%s"]) % (a, b, c)
    sub = nat[1:]
    if intl:
        u = r.random()
        g = r.choice(ph["ig"])
        if u < 0.45:
            return "+%s %s" % (cc, group(sub, g, " "))
        if u < 0.65:
            return "+%s%s" % (cc, sub)
        if u < 0.8:
            return "00%s %s" % (cc, group(sub, g, " "))
        return "+%s (0)%s" % (cc, group(sub, g, " "))
    g = r.choice(ph["ng"])
    if ph["kind"] == "fr":
        sep = r.choice([" ", " ", ".", "", "-"])
    elif ph["kind"] == "aul" and r.random() < 0.4:
        return "(%s) %s" % (nat[:2], group(nat[2:], [4, 4], " "))
    else:
        sep = r.choice([" ", " ", " ", "", "-"])
    return group(nat, g, sep)


def obscure(ph, r, lang, intl):
    """Return a filter-evading rendering of the phone."""
    base = fmt_plain(ph, r, intl)
    words = WORDS_FR if lang == "fr" else WORDS_EN
    style = r.choices(["sep", "words", "mixed", "letters", "unicode", "keycap", "split", "combo"],
                      [20, 18, 14, 14, 10, 6, 10, 8])[0]
    if style == "split" and intl:
        style = "sep"
    if style == "split":
        nat = ph["nat"]
        if ph["cc"] == "1":
            a, rest = nat[:3], nat[3:6] + "-" + nat[6:]
        elif ph["kind"] in ("gbm", "gb5"):
            a, rest = nat[:5], group(nat[5:], [3, 3], " ")
        elif ph["kind"] == "gb4" or ph["kind"] == "aum":
            a, rest = nat[:4], group(nat[4:], [3, 4] if ph["kind"] == "gb4" else [3, 3], " ")
        elif ph["kind"] == "fr":
            a, rest = group(nat[:4], [2, 2], " "), group(nat[4:], [2, 2, 2], " ")
        else:
            a, rest = nat[:3] if ph["kind"] == "gb3" else nat[:2], group(nat[3:] if ph["kind"] == "gb3" else nat[2:], [4, 4], " ")
        if lang == "fr":
            tpl = r.choice(["indicatif {a}, puis {b}", "commence par {a} et finit par {b}",
                            "{a} ... la suite : {b}", "d'abord {a}, ensuite {b}"])
        else:
            tpl = r.choice(["area code {a} then {b}", "{a}, rest of the number {b}", "start with {a} and then {b}",
                            "first {a}. After that {b}", "code {a} + {b}"])
        return tpl.format(a=a, b=rest)
    if style == "words":
        pair_fr = lang == "fr" and ph["kind"] == "fr" and not intl and r.random() < 0.5
        if pair_fr:
            nat = ph["nat"]
            parts = [nat[i:i + 2] for i in range(0, 10, 2)]
            return r.choice([", ", " ", " - "]).join(
                ("zéro " + WORDS_FR[int(p[1])]) if p[0] == "0" else fr_number(int(p)) for p in parts)
        zero = r.choice(["zero", "oh"]) if lang == "en" else "zéro"
        groups = [g for g in re.split(r"[\s\-.()]+", base) if g]
        wj = r.choice([" ", " ", "-"])
        gj = r.choice([", ", " ", " / ", " - "]) if wj == " " else r.choice([" ", ", ", " / "])
        gw = []
        for g in groups:
            toks = ["plus" if ch == "+" else (zero if ch == "0" else words[int(ch)]) for ch in g]
            gw.append(wj.join(toks))
        txt = gj.join(gw)
        return txt.upper() if r.random() < 0.15 else txt
    if style == "mixed":
        digs = [i for i, ch in enumerate(base) if ch.isdigit()]
        k = max(2, int(len(digs) * r.uniform(0.3, 0.6)))
        pick = set(r.sample(digs, min(k, len(digs) - 1)))
        out = []
        for i, ch in enumerate(base):
            if i in pick:
                w = words[int(ch)]
                out.append(w.upper() if r.random() < 0.3 else w)
            else:
                out.append(ch)
        sep = r.choice(["", " "])
        return re.sub(r"\s+", " ", sep.join(out)).strip()
    if style == "letters" or style == "combo":
        s = base
        if style == "combo":
            s = (r.choice([" ", ".", "-"])).join(ch for ch in base if ch.isdigit() or ch == "+")
        out, n = [], 0
        for ch in s:
            if ch == "0" and r.random() < 0.8:
                out.append(r.choice(["O", "O", "o"]))
                n += 1
            elif ch == "1" and r.random() < 0.8:
                out.append(r.choice(["l", "l", "I"]))
                n += 1
            else:
                out.append(ch)
        if n == 0:
            return obscure(ph, r, lang, intl)
        return "".join(out)
    if style == "sep":
        sep = r.choice([" ", ".", " . ", "-", "*", "_", "~", " ", r.choice(SEP_EMOJI)])
        return sep.join(ch for ch in base if ch.isdigit() or ch == "+").replace("+" + sep, "+")
    if style == "unicode":
        cs = r.choice(UNI_SETS + ["circ"])
        frac = 1.0 if r.random() < 0.6 else 0.5
        out = []
        for ch in base:
            if ch.isdigit() and r.random() < frac:
                out.append(CIRCLED[int(ch)] if cs == "circ" else chr(cs + int(ch)))
            else:
                out.append(ch)
        if all(c.isascii() for c in out):
            out = [chr(0xFF10 + int(c)) if c.isdigit() else c for c in out]
        return "".join(out)
    # keycap
    kc = "".join((ch + "\ufe0f\u20e3") if ch.isdigit() else ("" if ch in " -.()" else ch) for ch in base)
    return kc


# ----------------------------------------------------------------- decoys
def rand_digits(r, n):
    while True:
        s = str(r.randint(1, 9)) + "".join(str(r.randrange(10)) for _ in range(n - 1))
        if "555" not in s and "7700900" not in s:
            return s


def postcode(r, city):
    info = CITY[city]
    cc = info["cc"]
    L = "ABDEFGHJLNPQRSTUWXYZ"
    if cc == "GB":
        a = r.choice(info["pc"])
        if a[-1].isdigit():
            return "%s %d%s%s" % (a, r.randint(1, 9), r.choice(L), r.choice(L))
        return "%s%d %d%s%s" % (a, r.randint(1, 20), r.randint(1, 9), r.choice(L), r.choice(L))
    if cc == "US":
        return info["pc"] + "%02d" % r.randint(1, 99)
    if cc == "CA":
        return "%s %d%s%d" % (info["pc"], r.randint(1, 9), r.choice("ABCEGHJKLMNPRSTVXY"), r.randint(1, 9))
    if cc == "AU":
        return info["pc"] + "%02d" % r.randint(0, 99)
    if cc == "FR":
        return info["pc"] + "%03d" % r.choice([0, 1, 2, 3, 4, 5, 6, 8, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20])
    if cc == "IE":
        return "%s%d %s%d%d%s" % (info["pc"], r.randint(1, 9), r.choice(L), r.randint(1, 9), r.randint(0, 9), r.choice(L))
    return info["pc"] + "%02d" % r.randint(10, 99)


def fmt_date(r, when, cc, lang):
    d = when + dt.timedelta(days=r.randint(-3, 20))
    u = r.random()
    if lang == "fr":
        return "%02d/%02d/%d" % (d.day, d.month, d.year) if u < 0.6 else "%d %s %d" % (d.day, MONTHS_FR[d.month - 1], d.year)
    if cc == "US":
        return "%02d/%02d/%d" % (d.month, d.day, d.year) if u < 0.6 else "%s %d, %d" % (MONTHS_EN[d.month - 1], d.day, d.year)
    if u < 0.4:
        return "%02d/%02d/%d" % (d.day, d.month, d.year)
    if u < 0.7:
        return "%d %s %d" % (d.day, MONTHS_EN[d.month - 1], d.year)
    return "%d-%02d-%02d" % (d.year, d.month, d.day)


def fmt_hour(r, h, lang, cc):
    if lang == "fr":
        return "%dh" % h if r.random() < 0.6 else "%02d:00" % h
    if cc == "US" or r.random() < 0.4:
        hh = h % 12 or 12
        return "%d%s" % (hh, "am" if h < 12 else "pm")
    return "%02d:%02d" % (h, r.choice([0, 0, 30]))


# --------------------------------------------------------------- templates
def rl(kind, idx, **kw):
    d = {"kind": kind, "idx": idx, "syn": None, "upper": False, "pre": ""}
    d.update(kw)
    return d


def make_template(r, lang, voice, prof):
    P = POOLS[lang]
    th = voice == "third"

    def line(k):
        kk = k + "3" if th and (k + "3") in P else k
        return rl(kk, r.randrange(len(P[kk])))
    body = [line("desc")]
    if r.random() < 0.5:
        body.append(line("desc"))
    for key, k in (("eth", "eth"), ("youth", "youth"), ("trust", "trust"), ("always", "always"), ("move", "move")):
        if r.random() < prof[key]:
            body.append(line(k))
            if key == "trust" and r.random() < 0.3:
                body.append(line(k))
    if th and r.random() < 0.6:
        body.append(line("third"))
    if r.random() < 0.65:
        body.append(rl("rates", r.randrange(len(P["rates"]))))
    if r.random() < 0.45 and not any(b["kind"].startswith("always") for b in body):
        body.append(rl("hours", r.randrange(len(P["hours"]))))
    for _ in range(r.choice([0, 1, 1, 2])):
        body.append(rl("boiler", r.randrange(len(P["boiler"]))))
    r.shuffle(body)
    ck = "contact3" if th and r.random() < 0.7 else "contact"
    tail = [rl(ck, r.randrange(len(P[ck])))]
    for _ in range(r.choice([0, 1, 1, 2])):
        tail.append(rl("footer", r.randrange(len(P["footer"]))))
    head = [line("intro")]
    return {"lines": head + body + tail, "joiner": r.choice(["\n", "\n", " ", " ", "\n\n", " | ", " • "]),
            "lang": lang, "voice": voice}


def mutate(tpl, r, n_ops, prof):
    P = POOLS[tpl["lang"]]
    th = tpl["voice"] == "third"
    lines = [dict(x) for x in tpl["lines"]]
    for _ in range(n_ops):
        op = r.choices(["swap", "rephrase", "drop", "add", "syn", "upper", "deco", "pre"], [3, 3, 2, 2, 4, 1, 1, 1])[0]
        body = [i for i, x in enumerate(lines) if x["kind"] not in ("contact", "contact3", "nocontact")]
        if op == "swap" and len(lines) > 2:
            i = r.randrange(len(lines) - 1)
            lines[i], lines[i + 1] = lines[i + 1], lines[i]
        elif op == "rephrase":
            i = r.randrange(len(lines))
            k = lines[i]["kind"]
            lines[i] = dict(lines[i], idx=r.randrange(len(P[k])))
        elif op == "drop" and len(body) > 2:
            i = r.choice(body[1:])
            del lines[i]
        elif op == "add":
            k = r.choice(["desc", "boiler", "footer", "trust", "eth", "youth", "always", "move", "rates", "deco"]
                         + (["third"] if th else []))
            base = k
            if th and (k + "3") in P:
                k = k + "3"
            if base in prof and r.random() > max(prof[base], 0.15):
                k = "boiler"
            if k.startswith("always") and any(x["kind"] == "hours" for x in lines):
                k = "boiler"
            lines.insert(r.randrange(1, len(lines) + 1), rl(k, r.randrange(len(P[k]))))
        elif op == "syn":
            i = r.randrange(len(lines))
            lines[i] = dict(lines[i], syn=r.randrange(1 << 30))
        elif op == "upper":
            i = r.randrange(len(lines))
            if lines[i]["kind"] not in ("handle",):
                lines[i] = dict(lines[i], upper=True)
        elif op == "deco":
            lines.insert(r.randrange(0, len(lines) + 1), rl("deco", r.randrange(len(P["deco"]))))
        else:
            i = r.randrange(len(lines))
            lines[i] = dict(lines[i], pre=r.choice(["✨ ", "💖 ", "- ", "* ", "🌹 ", "> "]))
    out = dict(tpl)
    out["lines"] = lines
    return out


def apply_syn(text, lang, seed):
    rr = random.Random(seed)
    for w, alts in SYN[lang].items():
        if rr.random() < 0.7:
            text = re.sub(r"\b%s\b" % re.escape(w), lambda m: rr.choice(alts), text)
    return text


PH = "\x00PHONE\x00"


def render(tpl, slots, phone_text, r):
    """Render template. Returns (text, tags). phone_text None -> no phone in text."""
    P = POOLS[tpl["lang"]]
    parts, tags = [], set()
    has_handle = bool(slots.get("handle_line"))
    for ln in tpl["lines"]:
        k = ln["kind"]
        if k in ("contact", "contact3") and phone_text is None:
            k, txt, tg = "nocontact", None, N
            idx = ln["idx"] % len(P["nocontact"])
            txt, tg = P["nocontact"][idx]
        else:
            txt, tg = P[k][ln["idx"] % len(P[k])]
        s = txt.replace("{phone}", PH).format(**slots)
        if ln["syn"] is not None:
            s = apply_syn(s, tpl["lang"], ln["syn"])
        if ln["upper"]:
            s = s.upper()
        s = ln["pre"] + s
        if PH in s:
            s = s.replace(PH, phone_text)
        parts.append(s)
        tags.update(tg)
    if has_handle:
        parts.insert(len(parts) - r.randint(0, 1) if len(parts) > 1 else len(parts), slots["handle_line"])
    return tpl["joiner"].join(parts), tags


# ------------------------------------------------------------------ photos
def rand_hash(r):
    return "%064x" % r.getrandbits(256)


def near(r, h):
    v = int(h, 16)
    for b in r.sample(range(256), r.randint(1, 12)):
        v ^= 1 << b
    return "%064x" % v


# --------------------------------------------------------------- the market
class Market:
    def __init__(self, seed, n):
        self.r = random.Random(seed)
        self.n = n
        self.phones = Phones(self.r)
        self.stock = [rand_hash(self.r) for _ in range(STOCK_N)]
        self.ads = []  # (datetime, tiebreak, ad dict, truth dict)
        self.email_used = set()

    # -- helpers
    def pick_city(self, cc):
        cities = BY_CC[cc]
        return self.r.choices(cities, [CITY[c]["w"] for c in cities])[0]

    def pick_country(self, phones=True):
        if phones:
            return self.r.choices(["GB", "US", "CA", "AU", "FR"], [30, 28, 10, 13, 19])[0]
        return self.r.choices(["GB", "US", "CA", "AU", "FR", "IE", "NZ"], [26, 24, 9, 11, 14, 9, 7])[0]

    def new_email(self, name):
        r = self.r
        for _ in range(100):
            e = "%s.%s%d@%s" % (name.lower().replace("é", "e").replace("è", "e").replace("ï", "i"),
                                r.choice(["rose", "star", "moon", "sun", "pearl", "lux", "vip", "city"]),
                                r.randint(1, 999), r.choice(["example.com", "example.org", "example.net", "mail.example"]))
            if e not in self.email_used:
                self.email_used.add(e)
                return e
        return None

    def new_handle(self, name):
        r = self.r
        return "%s%s%s%d" % (name.lower().replace("é", "e"), r.choice(["_", ".", "", "x"]),
                             r.choice(["rose", "vip", "bae", "star", "luxe", "ldn", "official", "real"]), r.randint(1, 99))

    def slots(self, when, city, lang, name, eth, price, hours, handle=None, email=None, handle_line=False):
        r = self.r
        cc = CITY[city]["cc"]
        adj, country, adjf, pays = eth if eth else ETH[0]
        if pays is None:
            pays = "d'Amérique latine" if adjf == "latine" else ("d'Asie" if adjf == "asiatique" else "d'Europe de l'Est")
        if country is None:
            country = {"Latina": "Latin America", "Asian": "Asia", "Eastern European": "Eastern Europe"}[adj]
        p2 = price + r.choice([0, 0, 0, 10, -10, 20, 50]) if r.random() < 0.5 else price
        h1, h2 = hours
        s = {"name": name, "city": city, "adj": adj, "Adj": adj[0].upper() + adj[1:], "country": country,
             "adjf": adjf, "Adjf": adjf[0].upper() + adjf[1:], "pays": pays,
             "day": (DAYS_FR if lang == "fr" else DAYS_EN)[r.randrange(7)],
             "cur": CUR[cc], "p1": str(int(p2 * 0.6) // 10 * 10), "p2": str(p2), "p3": str(p2 * 2 - 20),
             "h1": fmt_hour(r, h1, lang, cc), "h2": fmt_hour(r, h2, lang, cc),
             "adnum": rand_digits(r, r.choice([8, 9, 10, 10, 11])), "ref": rand_digits(r, r.choice([6, 8, 10])),
             "order": rand_digits(r, r.choice([7, 9, 12])), "date": fmt_date(r, when, cc, lang),
             "year": str(r.choice([2023, 2024])), "handle": handle or "", "email": email or "",
             "handle_line": ""}
        if handle_line:
            P = POOLS[lang]["handle"]
            opts = [p for p in P if ("{email}" in p[0] and email) or ("{handle}" in p[0] and handle)]
            if opts:
                s["handle_line"] = r.choice(opts)[0].format(**s)
        return s

    def phone_render(self, phs, city, lang, obsc_rate):
        """Return (text or None, field or None, truth phones, obscured flag)."""
        r = self.r
        if not phs:
            return None, None, [], False
        cc_city = CITY[city]["cc"]
        where = r.choices(["text", "field", "both"], [45, 20, 35])[0]
        truth, obsc, texts, field = [], False, [], None

        def is_foreign(ph):
            return ph["cc"] != CALLING.get(cc_city, "x") and not (ph["cc"] == "1" and cc_city in ("US", "CA"))
        if where in ("text", "both"):
            for ph in phs:
                intl = is_foreign(ph) or r.random() < 0.22
                if r.random() < obsc_rate:
                    texts.append(obscure(ph, r, lang, intl))
                    obsc = True
                else:
                    texts.append(fmt_plain(ph, r, intl))
                truth.append(ph["e164"])
        if where in ("field", "both"):
            ph = phs[0] if (where == "field" or r.random() < 0.9) else phs[-1]
            u = r.random()
            field = ph["e164"] if u < 0.25 else fmt_plain(ph, r, is_foreign(ph) or u < 0.4)
            if ph["e164"] not in truth:
                truth.append(ph["e164"])
            if where == "field" and len(phs) > 1:
                # second number still goes in text
                t2 = phs[1]
                texts.append(fmt_plain(t2, r, is_foreign(t2)))
                truth.append(t2["e164"])
        text = None
        if texts:
            j = {"fr": [" ou ", " / ", ", ou WhatsApp "], "en": [" or ", " / ", ", WhatsApp "]}[lang]
            text = texts[0]
            for t in texts[1:]:
                text += r.choice(j) + t
        return text, field, truth, obsc

    def photos(self, own, k, near_p, stock_p):
        r = self.r
        out = []
        for _ in range(k):
            if own and r.random() > stock_p:
                h = r.choice(own)
            else:
                h = r.choice(self.stock)
            if r.random() < near_p:
                h = near(r, h)
            if h not in out:
                out.append(h)
        return out

    def emit(self, when, title, text, city, phone_field, email, images, net, phones, tags):
        r = self.r
        ad = {"title": title, "text": text, "posted_at": when.strftime("%Y-%m-%dT%H:%M:%S"), "city": city}
        if r.random() < 0.5:
            ad["country"] = CITY[city]["cc"]
        if phone_field:
            ad["phone"] = phone_field
        if email:
            ad["email"] = email
        ad["images"] = images
        truth = {"network": net, "phones": phones, "indicators": [i for i in IND_ORDER if i in tags]}
        self.ads.append((when, r.random(), ad, truth))

    def title(self, lang, name, city, eth=None):
        r = self.r
        if lang == "fr":
            return r.choice(["%s – compagnie à %s" % (name, city), "%s, %s" % (name, city),
                             "Massage relaxant %s" % city, "%s ❤ %s" % (name, city), "Rencontre %s" % city])
        return r.choice(["%s – companionship in %s" % (name, city), "%s, %s" % (name, city),
                         "Massage and company – %s" % city, "%s ❤ %s" % (name, city),
                         "Dinner date companion %s" % city, "%s ~ %s" % (name, city)])

    # -- networks
    def sizes(self, total):
        r = self.r
        out = []
        while total > 0:
            s = int(round(math.exp(r.uniform(math.log(2), math.log(150)) ** 1.0)))
            if r.random() < 0.35:
                s = r.randint(2, 8)
            s = max(2, min(150, s, total))
            out.append(s)
            total -= s
        if out and out[-1] < 2:
            last = out.pop()
            for i in range(len(out)):
                if out[i] + last <= 150:
                    out[i] += last
                    break
            # else: the single leftover ad becomes an independent
        return out

    def itinerary(self, home_cc, home, start, end):
        r = self.r
        legs = [(start, home)]
        t = start
        cur_cc, cur = home_cc, home
        mobile = r.random() < 0.7
        while mobile:
            t += dt.timedelta(days=r.uniform(3, 21))
            if t >= end:
                break
            u = r.random()
            if u < 0.72:
                nc = cur_cc
            elif u < 0.9:
                nc = {"GB": "FR", "FR": "GB", "US": "CA", "CA": "US", "AU": "GB"}[home_cc if r.random() < 0.5 else cur_cc] \
                    if cur_cc in ("GB", "FR", "US", "CA", "AU") else home_cc
            else:
                nc = {"GB": "IE", "FR": "GB", "US": "CA", "CA": "US", "AU": "NZ"}.get(cur_cc, home_cc)
            if nc in ("IE", "NZ") and cur_cc in ("IE", "NZ"):
                nc = home_cc
            city = self.pick_city(nc)
            if r.random() < 0.25:
                city, nc = home, home_cc  # back home
            legs.append((t, city))
            cur_cc, cur = nc, city
        return legs

    def network(self, net_id, size):
        r = self.r
        home_cc = self.pick_country()
        home = self.pick_city(home_cc)
        lang = "fr" if home_cc == "FR" or (home == "Montreal" and r.random() < 0.5) else "en"
        mode = r.choices(["full", "photos_template", "phones_only", "multi"], [48, 20, 15, 17])[0]
        voice = "third" if r.random() < 0.45 else "first"
        prof = {"trust": r.choice([0, 0.5, 0.9, 0.95]), "youth": r.choice([0, 0, 0.3, 0.8]),
                "eth": r.choice([0, 0.3, 0.8, 0.95]), "always": r.choice([0, 0, 0.4, 0.9]),
                "move": r.choice([0, 0, 0, 0.1, 0.35])}
        obsc = r.choice([0, 0.2, 0.4, 0.6, 0.8, 0.95])
        dur = min(SPAN_DAYS, max(3.0, size * r.uniform(0.4, 1.6) + r.uniform(0, 20)))
        t0 = START + dt.timedelta(days=r.uniform(0, SPAN_DAYS - dur))
        t1 = t0 + dt.timedelta(days=dur)
        legs = self.itinerary(home_cc, home, t0, t1)
        # posting times: each day the operator may post; intensity varies
        times = sorted(t0 + dt.timedelta(seconds=r.uniform(0, dur * 86400)) for _ in range(size))
        # phones with time windows
        n_ph = max(1, min(8, int(round(size ** 0.5 * r.uniform(0.3, 0.9)))))
        mob_bias = r.uniform(0.5, 0.95)
        phones = []
        if mode != "photos_template":
            cuts = sorted(r.uniform(0, dur) for _ in range(n_ph - 1))
            bounds = [0.0] + cuts + [dur]
            for i in range(n_ph):
                ph = self.phones.new(home, mob_bias)
                if ph is None:
                    continue
                a = max(0.0, bounds[i] - r.uniform(0, 6))
                b = min(dur, bounds[i + 1] + r.uniform(0, 6))
                phones.append((a, b, ph))
            if r.random() < 0.25:
                ph = self.phones.new(home, mob_bias)
                if ph:
                    phones.append((0.0, dur, ph))  # long-lived booking line
        local_phones = {}
        # personas
        n_pers = r.randint(2, 4) if mode == "multi" else 1
        personas = []
        names = NAMES_FR if lang == "fr" else NAMES
        for _ in range(n_pers):
            nm = r.choice(names)
            personas.append({
                "name": nm, "names": r.sample(names, r.randint(2, 5)) if r.random() < 0.4 else [nm],
                "eth": r.choice(ETH), "tpl": make_template(r, lang, voice, prof),
                "photos": [rand_hash(r) for _ in range(r.randint(3, 18))],
                "price": r.choice([80, 100, 120, 150, 160, 180, 200, 250, 300]),
                "hours": (r.choice([9, 10, 11, 12, 14]), r.choice([20, 21, 22, 23])),
            })
        email = self.new_email(personas[0]["name"]) if r.random() < 0.3 else None
        handle = self.new_handle(personas[0]["name"]) if r.random() < 0.3 else None
        near_p = r.uniform(0.1, 0.6)
        for t in times:
            days = (t - t0).total_seconds() / 86400
            city = legs[0][1]
            for lt, lc in legs:
                if lt <= t:
                    city = lc
            cc = CITY[city]["cc"]
            pers = r.choice(personas)
            # drift: permanent small mutation of the persona's template
            if r.random() < 0.12:
                pers["tpl"] = mutate(pers["tpl"], r, 1, prof)
            if mode == "phones_only":
                tpl = make_template(r, lang, voice, prof)
            else:
                tpl = mutate(pers["tpl"], r, r.choice([0, 1, 1, 2, 2, 3, 4]), prof)
            # phones
            active = [p for a, b, p in phones if a <= days <= b]
            if not active and phones:
                active = [min(phones, key=lambda x: min(abs(x[0] - days), abs(x[1] - days)))[2]]
            if mode == "photos_template":
                active = []
                if cc not in ("IE", "NZ") and r.random() < 0.7:
                    ph = self.phones.new(city, mob_bias)  # burner: one ad only
                    active = [ph] if ph else []
            if cc in ("IE", "NZ"):
                active = []
            elif active and cc != home_cc and CALLING[cc] != CALLING.get(home_cc) and r.random() < 0.5:
                # acquired a local number while abroad
                if city not in local_phones:
                    ph = self.phones.new(city, mob_bias)
                    local_phones[city] = ph
                if local_phones[city]:
                    active = [local_phones[city]] + (active if r.random() < 0.3 else [])
            use = []
            if active:
                use = [r.choice(active)]
                if len(active) > 1 and r.random() < 0.2:
                    use.append(r.choice([p for p in active if p is not use[0]]))
                if r.random() < 0.05:
                    use = []
            ad_lang = lang
            ptxt, pfield, ptruth, was_obsc = self.phone_render(use, city, ad_lang, obsc)
            name = r.choice(pers["names"])
            hl = (email or handle) and r.random() < 0.6
            sl = self.slots(t, city, ad_lang, name, pers["eth"], pers["price"], pers["hours"], handle, email, hl)
            text, tags = render(tpl, sl, ptxt, r)
            if was_obsc:
                tags.add(O)
            if mode == "phones_only":
                imgs = [rand_hash(r) for _ in range(r.randint(0, 3))]
                if r.random() < 0.2:
                    imgs.append(r.choice(self.stock))
            else:
                imgs = self.photos(pers["photos"], r.randint(1, 5), near_p, 0.06)
            em_field = email if (email and r.random() < 0.5) else None
            self.emit(t, self.title(ad_lang, name, city), text, city, pfield, em_field, imgs, net_id, ptruth, tags)

    # -- independents
    def independent(self):
        r = self.r
        nophone = r.random() < 0.15
        cc = self.pick_country(phones=not nophone)
        city = self.pick_city(cc)
        when = START + dt.timedelta(seconds=r.uniform(0, SPAN_DAYS * 86400))
        lang = "fr" if cc == "FR" or (city == "Montreal" and r.random() < 0.5) else "en"
        voice = "third" if r.random() < 0.06 else "first"
        prof = {"trust": 0.35, "youth": 0.1, "eth": 0.22, "always": 0.12, "move": 0.5}
        if r.random() < 0.3:  # generic short ad
            prof = {"trust": 0.15, "youth": 0.0, "eth": 0.1, "always": 0.05, "move": 0.15}
        tpl = make_template(r, lang, voice, prof)
        if r.random() < 0.3:
            tpl = dict(tpl, lines=[tpl["lines"][0]] + tpl["lines"][1:][-3:])
        tpl = mutate(tpl, r, r.choice([0, 1, 2]), prof)
        phs = []
        if not nophone and cc not in ("IE", "NZ"):
            ph = self.phones.new(city, 0.8)
            if ph:
                phs = [ph]
        ptxt, pfield, ptruth, was_obsc = self.phone_render(phs, city, lang, 0.22)
        name = r.choice(NAMES_FR if lang == "fr" else NAMES)
        email = self.new_email(name) if r.random() < 0.12 else None
        handle = self.new_handle(name) if r.random() < 0.1 else None
        sl = self.slots(when, city, lang, name, r.choice(ETH), r.choice([100, 120, 150, 200, 250]),
                        (r.choice([10, 11, 12]), r.choice([20, 22])), handle, email, bool(email or handle))
        text, tags = render(tpl, sl, ptxt, r)
        if was_obsc:
            tags.add(O)
        own = [rand_hash(r) for _ in range(r.randint(1, 3))]
        imgs = self.photos(own, r.randint(0, 3), 0.2, 0.3)
        self.emit(when, self.title(lang, name, city), text, city, pfield,
                  email if email and r.random() < 0.5 else None, imgs, None, ptruth, tags)

    # -- benign sections
    def benign(self):
        r = self.r
        nophone = r.random() < 0.25
        cc = self.pick_country(phones=not nophone)
        city = self.pick_city(cc)
        when = START + dt.timedelta(seconds=r.uniform(0, SPAN_DAYS * 86400))
        lang = "fr" if cc == "FR" else "en"
        cur = CUR[cc]
        phs = []
        if not nophone and cc not in ("IE", "NZ"):
            ph = self.phones.new(city, 0.35)
            if ph:
                phs = [ph]
        ptxt, pfield, ptruth, was_obsc = self.phone_render(phs, city, lang, 0.04)
        pc = postcode(r, city)
        date = fmt_date(r, when, cc, lang)
        h1, h2 = fmt_hour(r, r.choice([8, 9, 10]), lang, cc), fmt_hour(r, r.choice([17, 18, 19, 20]), lang, cc)
        name = r.choice(NAMES + ["Tom", "Sam", "David", "Priya", "Omar", "Kate"]) if lang == "en" else r.choice(NAMES_FR + ["Paul", "Karim", "Luc"])
        ref = rand_digits(r, r.choice([6, 8, 10]))
        adn = rand_digits(r, 10)
        sec = r.choice(["room", "job", "item", "clinic", "nanny"])
        if lang == "fr":
            bank = {
                "room": ("Chambre à louer – %s" % city, [
                    "Chambre meublée en colocation à %s, %d %s charges comprises." % (city, r.choice([450, 520, 600, 680]), cur),
                    "Disponible à partir du %s." % date, "Code postal %s." % pc, "Visites de %s à %s." % (h1, h2),
                    "Cuisine neuve, proche du métro.", "Nous sommes deux colocataires calmes."]),
                "job": ("Offre d'emploi – %s" % city, [
                    "Recherche plongeur/plongeuse pour brasserie à %s." % city,
                    "%s € brut de l'heure, service de %s à %s." % (r.choice(["11,65", "12,10", "12,50"]), h1, h2),
                    "Début le %s." % date, "Demandez %s." % name, "Réf. %s" % ref]),
                "item": ("À vendre – %s" % r.choice(["table en chêne", "vélo", "canapé", "lave-linge"]), [
                    "Très bon état, hauteur %d cm." % r.choice([76, 90, 180]), "Prix %d € à débattre." % r.choice([40, 80, 120, 250]),
                    "Année %d." % r.choice([2015, 2018, 2020, 2022]), "À retirer sur place, %s %s." % (pc, city),
                    "Annonce n° %s" % adn]),
                "clinic": ("Cabinet de massage – %s" % city, [
                    "Massage sportif et drainage, sur rendez-vous.", "Ouvert du lundi au samedi, %s - %s." % (h1, h2),
                    "Séance de 60 min : %d €." % r.choice([45, 55, 60, 70]), "%s, %s." % (pc, city), "Réf. %s" % ref]),
                "nanny": ("Garde à domicile – %s" % city, [
                    "Recherche nounou les lundis et jeudis de %s à %s." % (h1, h2), "Permis B souhaité.",
                    "%s € net de l'heure." % r.choice(["11", "12", "13"]), "Secteur %s." % pc]),
            }
        else:
            rent = r.choice([450, 520, 600, 680, 750, 900])
            wage = r.choice(["11.44", "12.00", "15.50", "17.25", "22"])
            extra_room = r.choice(["We have a double room to let.", "New kitchen and bathroom.",
                                   "Quiet house, no parties.", "Close to the bus route."])
            extra_item = r.choice(["Brand new, still boxed.", "Moving house, must go.", "Some light marks.",
                                   "Transfer of 24/7 gym membership also available." if r.random() < 0.3 else "Smoke-free home."])
            bank = {
                "room": ("Double room to let – %s" % city, [
                    "Double room in a shared house in %s, %s%d pcm, bills included." % (city, cur, rent),
                    "Available from %s." % date, "Postcode %s." % pc, "Viewings %s–%s weekdays." % (h1, h2), extra_room,
                    "Deposit %s%d." % (cur, rent)]),
                "job": ("%s wanted – %s" % (r.choice(["Kitchen porter", "Barista", "Warehouse operative", "Cleaner"]), city), [
                    "Busy site in %s looking for staff." % city, "%s%s/hr, shifts %s–%s." % (cur, wage, h1, h2),
                    "Start date %s." % date, "Ask for %s." % name, "Job ref %s." % ref,
                    "Closing date %s." % fmt_date(r, when, cc, lang)]),
                "item": ("For sale – %s" % r.choice(["oak dining table", "bike", "sofa", "washing machine", "bookcase"]), [
                    "Height %d cm, width %d cm." % (r.choice([76, 90, 180]), r.choice([60, 120, 160])),
                    "%s%d ono." % (cur, r.choice([40, 80, 120, 250])), "Bought in %d." % r.choice([2015, 2018, 2020, 2022]),
                    "Collection only from %s." % pc, extra_item, "Ad #%s" % adn]),
                "clinic": ("%s – %s" % (r.choice(["Sports massage clinic", "Physio and massage", "Traditional Thai massage"]), city), [
                    "Sports and deep tissue massage by appointment.", "Open Mon–Sat %s–%s." % (h1, h2),
                    "30 min %s%d, 60 min %s%d." % (cur, r.choice([30, 35]), cur, r.choice([45, 55, 60])),
                    "Gift vouchers available.", "%s, %s." % (city, pc), "Ref %s" % ref]),
                "nanny": ("Nanny wanted – %s" % city, [
                    "Nanny wanted Mon–Thu %s–%s." % (h1, h2), "Driving licence needed, non-smoker.",
                    "%s%s per hour." % (cur, wage), "Area %s." % pc, "Start %s." % date]),
            }
        title, lines = bank[sec]
        body = lines[:]
        if sec == "clinic" and lang == "en":
            body[0] = title.split(" – ")[0] + ", " + body[0][0].lower() + body[0][1:]
        if r.random() < 0.5:
            r.shuffle(body)
        if r.random() < 0.4:
            body = body[:max(2, len(body) - r.randint(1, 2))]
        if ptxt:
            c = r.choice(["Call %s.", "Tel %s", "Contact %s", "Phone %s after 6pm."] if lang == "en"
                         else ["Tél. %s", "Appeler le %s.", "Contact : %s"]) % ptxt
            body.insert(r.randint(0, len(body)), c)
        if r.random() < 0.3:
            body.append(r.choice(POOLS[lang]["footer"][:3])[0].format(adnum=adn, ref=ref, date=date))
        text = r.choice(["\n", " ", " "]).join(body)
        imgs = []
        if r.random() < 0.6:
            own = [rand_hash(r) for _ in range(2)]
            imgs = self.photos(own, r.randint(1, 2), 0.1, 0.45)
        tags = {O} if was_obsc else set()
        self.emit(when, title, text, city, pfield, None, imgs, None, ptruth, tags)

    def run(self):
        r = self.r
        n_net = int(round(self.n * 0.6))
        sizes = self.sizes(n_net) if n_net >= 2 else []
        for i, s in enumerate(sizes):
            self.network("net-%03d" % (i + 1), s)
        rest = self.n - len(self.ads)
        for _ in range(max(0, rest)):
            if r.random() < 0.58:
                self.independent()
            else:
                self.benign()
        self.ads.sort(key=lambda x: (x[0], x[1]))
        self.ads = self.ads[:self.n]
        out_ads, out_truth = [], []
        for i, (_, _, ad, tr) in enumerate(self.ads):
            aid = "ad-%d" % (i + 1)
            out_ads.append(dict({"id": aid}, **ad))
            out_truth.append(dict({"id": aid}, **tr))
        return out_ads, out_truth


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--out", required=True)
    ap.add_argument("--truth", required=True)
    a = ap.parse_args()
    ads, truth = Market(a.seed, a.n).run()
    with open(a.out, "w", encoding="utf-8") as f:
        for ad in ads:
            f.write(json.dumps(ad, ensure_ascii=False) + "\n")
    with open(a.truth, "w", encoding="utf-8") as f:
        for t in truth:
            f.write(json.dumps(t, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
