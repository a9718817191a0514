#!/usr/bin/env python3
"""Write an invented consultation corpus for benchmarking heard.

usage: bench/make_corpus.py N SEED OUTDIR

Writes OUTDIR/responses.csv (id, respondent_type, age_band, channel, q1, q2, q3)
and OUTDIR/consultation.yaml. Deterministic from SEED. All text is invented here.
Prints N and the number of bytes of free text (UTF-8, q1..q3 only).
"""
import csv
import os
import random
import sys

PHRASES = [
    # breaks and respite
    "I have not had a proper break in three years.",
    "A few hours respite each week would make all the difference.",
    "The short breaks service has a waiting list of months.",
    "Respite care is impossible to book at short notice.",
    "I just want one evening off to see my friends.",
    "When the day centre closed I lost my only time to myself.",
    "A sitting service so I can go to the dentist would help.",
    "Replacement care is too expensive for us.",
    "I have not been on holiday since my husband got ill.",
    "Time for myself feels like a luxury I cannot afford.",
    "The respite home was lovely but we only got one week.",
    "Someone to sit with mum for a couple of hours.",
    "Overnight breaks would let me sleep properly for once.",
    "Even a cup of tea with someone else in the room would help.",
    # money
    "Carers Allowance is far too low for the hours we do.",
    "We are struggling with the cost of heating and food.",
    "I had to give up work and now money is very tight.",
    "The benefits forms are long and confusing.",
    "Nobody told me I could claim anything.",
    "Parking at the hospital costs a fortune every week.",
    "The earnings limit stops me doing a few more hours.",
    "We are in debt because of the extra costs of caring.",
    "Energy bills went up because of the equipment at home.",
    "A small grant for a washing machine would have helped.",
    # GP and health
    "The GP never asks how I am coping.",
    "I cannot get a GP appointment that fits around caring.",
    "My own health has gone downhill since I started caring.",
    "I keep cancelling my own hospital appointments.",
    "The surgery should have a carers register and use it.",
    "Nobody at the hospital asked if I could manage at home.",
    "The discharge was rushed and I was not told anything.",
    "My back is bad from lifting him every day.",
    "A flu jab reminder for carers was a nice touch.",
    "The practice nurse was the first person to call me a carer.",
    "Waiting lists for physio are over a year.",
    "I have been prescribed antidepressants since I took this on.",
    # mental health, tiredness
    "I am exhausted all the time.",
    "I feel invisible most days.",
    "Some nights I only get two or three hours sleep.",
    "I feel very lonely and cut off from everyone.",
    "I cry in the car so nobody sees me.",
    "The stress has made me ill.",
    "I worry all the time about what happens when I am gone.",
    "Talking to other carers at the group keeps me going.",
    "Counselling for carers would be a lifeline.",
    "I am tired of fighting for every little thing.",
    "I have no energy left for anything else.",
    "I feel guilty whenever I think about myself.",
    # school and young carers
    "I look after my mum and my little brother before school.",
    "Teachers do not know that I am a young carer.",
    "I get in trouble for being late but I was helping dad.",
    "Homework is hard when you are up in the night.",
    "The young carers group is the best thing in my week.",
    "School should have someone to talk to about caring.",
    "My friends do not understand why I cannot go out.",
    "I missed a lot of school last year because of mum.",
    "A young carers card would help at school.",
    "College was not flexible at all about my caring.",
    "I worry about my mum when I am in lessons.",
    "The school nurse helped me tell my head of year.",
    # information and advice
    "I did not know where to go for help.",
    "Information is scattered across too many websites.",
    "One number to ring would make life simpler.",
    "The carers centre gave me really good advice.",
    "I found out about support by accident from another parent.",
    "Leaflets at the GP surgery would reach more people.",
    "Nobody explained what a carers assessment is.",
    "Plain English please, not jargon.",
    "The council website is impossible to navigate.",
    "A booklet for new carers would have saved me months.",
    "I only found out about the carers centre after five years.",
    "Advice on power of attorney came far too late.",
    # work
    "My employer has been understanding but it is hard.",
    "I had to go part time to manage the caring.",
    "Carers leave at work would help a lot.",
    "I use all my annual leave for hospital appointments.",
    "Flexible working should be a right for carers.",
    "My manager does not know I am a carer.",
    "I lost my job because I kept having to leave early.",
    "Working from home has made caring possible.",
    "I would love to go back to work but there is no cover.",
    # assessments and services
    "The carers assessment was a tick box exercise.",
    "I waited eight months for an assessment.",
    "Nothing changed after my assessment.",
    "Social workers keep changing and I have to repeat everything.",
    "The care agency sends different people every day.",
    "Carers do not turn up on time or at all.",
    "Home care visits are far too short.",
    "We need more care workers and better pay for them.",
    "The direct payment paperwork is a nightmare.",
    "Our personal assistant left and we cannot find another.",
    "Services do not talk to each other.",
    "I have to tell my story again and again.",
    "A single named contact would help so much.",
    "The occupational therapist was brilliant.",
    "Adaptations to the bathroom took over a year.",
    "The equipment arrived broken and nobody came back.",
    # emergencies and planning
    "What happens if I am taken ill suddenly?",
    "An emergency plan would give me peace of mind.",
    "I have nobody to call if something goes wrong at night.",
    "The carers emergency card is a good idea.",
    "I need to know my son will be looked after when I die.",
    # having a say
    "Carers should be involved in planning services.",
    "We are consulted but nothing ever changes.",
    "Thank you for asking us.",
    "Listen to carers, we are the experts.",
    "Meetings are always in the day when I cannot come.",
    "I would like feedback on what you did with our views.",
    # digital
    "Not everyone is online, please keep paper forms.",
    "I struggle with the online forms.",
    "The app for booking appointments keeps crashing.",
    "My mum cannot use the internet at all.",
    "Online support groups work well for me in the evenings.",
    # transport, rural
    "There is only one bus a day from our village.",
    "Getting to appointments without a car is very hard.",
    "Hospital transport is unreliable.",
    "Services are all in town and we are miles out.",
    # life after caring
    "Since my wife died I feel I have lost my purpose.",
    "Former carers are forgotten about.",
    "Support should not stop the day the caring ends.",
    "Bereavement support for carers is needed.",
    # parent carers
    "Getting an EHCP was a battle from start to finish.",
    "Our son's school does not understand his needs.",
    "Short breaks for disabled children have been cut.",
    "Transition to adult services is a cliff edge.",
    "We have been on the CAMHS waiting list for two years.",
    "Siblings miss out because everything revolves around caring.",
    "Holiday clubs will not take children with complex needs.",
    # dementia, older carers
    "My husband has dementia and does not know me some days.",
    "I am eighty and caring for my wife of sixty years.",
    "The memory clinic was helpful but the follow up was poor.",
    "Day care for people with dementia is hard to find.",
    "I worry who will look after us both as we get older.",
    "Night sitting would let me get some rest.",
    # positives and general
    "The carers group at the library is wonderful.",
    "Some staff are amazing and go the extra mile.",
    "Recognition that we save the country billions would be nice.",
    "Just being asked how I am makes a difference.",
    "Please do not cut the carers centre.",
    "Better communication between hospital and social care.",
    "More money for the voluntary sector who actually help.",
    "Keep the carers cafe going, it saved me.",
    "I did not see myself as a carer for years.",
    "I am his wife, not his carer, or so I thought.",
    "Pharmacies could do more to spot carers.",
    "Mental health services for the person I care for are overstretched.",
    "Continuity of care matters more than anything.",
    "Training in moving and handling would help me.",
    "A carers discount card for leisure centres would be good.",
]

FILLER = [
    "to be honest", "really", "and", "but", "I think", "as well", "also",
    "you know", "sometimes", "every day", "at the moment", "if I am honest",
    "the thing is", "again", "still", "for us", "quite", "so", "anyway",
    "it is hard to say", "not sure", "to be fair", "most of the time",
]

SHORT = [
    "", "", "", "", "n/a", "N/A", "none", "No", "Nothing", "not sure",
    "More respite", "Money", "Breaks", "GP", "More help", "Listen to carers",
    "Better information", "See above", "Same as before", "Time off",
    "Support", "Just more support please", "Help with money", "Sleep",
]

TYPES = ["Adult carer", "Parent carer", "Young carer (under 18)",
         "Young adult carer (18-25)", "Older carer (70+)", "Former carer",
         "Professional", "Other"]
TYPE_W = [45, 20, 5, 5, 10, 5, 7, 3]
AGES = ["Under 18", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+", ""]
AGE_W = [5, 5, 8, 14, 20, 22, 14, 8, 4]
CHANNELS = ["online survey", "paper form", "event", "telephone"]
CHAN_W = [75, 15, 7, 3]


# Share of blank-or-very-short answers per question: "anything else" is often left empty.
SHORT_SHARE = [0.2, 0.3, 0.55]


def answer(rng: random.Random, q: int) -> str:
    r = rng.random()
    if r < SHORT_SHARE[q]:  # blank or very short
        s = rng.choice(SHORT)
        if s and rng.random() < 0.4:
            s = rng.choice(PHRASES)
        return s
    if rng.random() < 0.98:
        target = int(rng.triangular(15, 80, 25))
    else:
        target = rng.randint(300, 1000)
    words = 0
    parts = []
    while words < target:
        p = rng.choice(PHRASES)
        if rng.random() < 0.35:
            f = rng.choice(FILLER)
            if not p.startswith("I "):
                p = p[0].lower() + p[1:]
            p = f[0].upper() + f[1:] + ", " + p
        if rng.random() < 0.1:
            p = p.lower()
        parts.append(p)
        words += len(p.split())
    sep = "\n" if target > 200 and rng.random() < 0.5 else " "
    return sep.join(parts)


MANIFEST = """\
# Invented benchmark corpus written by bench/make_corpus.py (N={n}, seed={seed}).
name: bench
title: "Benchmark consultation (invented, {n} responses)"
organisation: Invented for benchmarking
questions:
  - id: q1
    text: "What matters most to you in your caring role?"
  - id: q2
    text: "What could be better?"
  - id: q3
    text: "Anything else you want to tell us?"
sources:
  - file: responses.csv
    channel: survey
    id_column: id
    questions:
      q1: q1
      q2: q2
      q3: q3
    attributes:
      respondent_type: respondent_type
      age_band: age_band
      channel: channel
"""


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    n, seed, outdir = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    text_bytes = 0
    with open(os.path.join(outdir, "responses.csv"), "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f)
        w.writerow(["id", "respondent_type", "age_band", "channel", "q1", "q2", "q3"])
        for i in range(1, n + 1):
            qs = [answer(rng, q) for q in range(3)]
            text_bytes += sum(len(q.encode("utf-8")) for q in qs)
            w.writerow([f"B{i:07d}", rng.choices(TYPES, TYPE_W)[0],
                        rng.choices(AGES, AGE_W)[0], rng.choices(CHANNELS, CHAN_W)[0]] + qs)
    with open(os.path.join(outdir, "consultation.yaml"), "w", encoding="utf-8") as f:
        f.write(MANIFEST.format(n=n, seed=seed))
    print(f"N={n} text_bytes={text_bytes}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
