"""Experiment: would a learned detector find the lower-case names in messages that the rules miss?

    python tools/lowercase_names_experiment.py collect   # every lower-case word of the messages of every set
    python tools/lowercase_names_experiment.py loso      # leave one set out: names it would add, and false alarms

Candidates are the lower-case words inside message lines, chat transcripts and lower-case quoted messages
(``informal.informal_spans``) of the development corpus and every set in tests/data/eval, as written and with
invented names. Features: the word's classes (given name, surname, dictionary, Welsh, message slang), the two
words either side (their identity when frequent, else "<name>"/"<unk>"), where it stands in the message, and
whether the document writes the same word capitalised, in a handle or as a speaker label. A logistic regression
(``person_verifier_experiment.fit``) is trained on every set but one and judged on the words the engine missed in
the one left out. A research tool: nothing here ships (tests/data/eval/README.md has the figures).
"""
import json, re, sys, random
from collections import defaultdict
from pathlib import Path
REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO)); sys.path.insert(0, str(REPO / 'tools'))
import numpy as np
from anonymise.engine import Engine
from anonymise.recognizers import allow, informal, person, handle
import person_verifier_experiment as pve
from verifier_features import indices

WORD = re.compile(r"[^\W\d_][\w'’]*|\d+|[^\w\s]")

def ctx_word(w, rec):
    lw = w.lower()
    if len(lw) < 2 or not lw[0].isalpha(): return lw
    if lw in allow.stop_words() or lw in informal.MESSAGE_WORDS or allow.is_common(lw) or lw in allow.welsh_words():
        return lw
    return "<name>" if (lw in allow.given_names() or lw in allow.surnames()) else "<unk>"

def feats(text, s, e, rec, doc):
    w = text[s:e]; lw = w.lower()
    given = lw in allow.given_names(); sur = lw in allow.surnames(); common = allow.is_common(lw)
    cy = lw in allow.welsh_words(); msg = lw in informal.MESSAGE_WORDS; stop = lw in allow.stop_words()
    cls = f"{given}{sur}{common}{cy}{msg}{stop}"
    out = [f"cls={cls}", f"given={given}", f"sur={sur}", f"common={common}", f"cy={cy}", f"msg={msg}", f"stop={stop}",
           f"len={min(len(w), 8)}", f"suf2={lw[-2:]}", f"welshdoc={doc['welsh']}"]
    if common or stop or msg or cy:
        out.append(f"w={lw}")
    ls = text.rfind("\n", 0, s) + 1; le = text.find("\n", e); le = len(text) if le < 0 else le
    before = WORD.findall(text[max(ls, s - 40):s])[-2:]; after = WORD.findall(text[e:min(le, e + 40)])[:2]
    b1 = ctx_word(before[-1], rec) if before else "<bol>"; b2 = ctx_word(before[-2], rec) if len(before) > 1 else "<bol>"
    a1 = ctx_word(after[0], rec) if after else "<eol>"; a2 = ctx_word(after[1], rec) if len(after) > 1 else "<eol>"
    out += [f"b1={b1}", f"b2={b2}", f"a1={a1}", f"a2={a2}", f"b2b1={b2}|{b1}", f"a1a2={a1}|{a2}", f"b1a1={b1}|{a1}"]
    ms = bool(re.search(r':\s*$', text[max(ls, s - 3):s]))
    out.append(f"msgstart={ms}")
    out.append(f"poss={text[e:e+2] in (chr(39)+'s', '’s')}")
    out.append(f"sfx_s={lw.endswith('s') and lw[:-1] in doc['caps']}")
    out.append(f"capsdoc={lw in doc['caps']}")
    out.append(f"handledoc={lw in doc['handles']}")
    out.append(f"labeldoc={lw in doc['labels']}")
    out.append(f"count={min(doc['counts'].get(lw, 0), 4)}")
    return out

def docinfo(text):
    caps = {m.group(0).lower() for m in re.finditer(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\b", text)}
    counts = defaultdict(int)
    for m in re.finditer(r"[^\W\d_]+", text): counts[m.group(0).lower()] += 1
    handles = set()
    for m in re.finditer(r"@?[a-z0-9]+(?:[._][a-z0-9]+)+", text): handles |= set(re.split(r"[._\d]+", m.group(0).lstrip('@')))
    labels = {m.group('label').strip().lower() for m in informal.LABEL_LINE.finditer(text)}
    return {"caps": caps, "counts": counts, "handles": handles, "labels": labels, "welsh": allow.is_welsh(text)}

def collect(engine, paths):
    rows = []
    for path in paths:
        recs = pve._load(path)
        for variant in ("orig", "novel"):
            rng = random.Random(5)
            import score_corpus
            rs = recs if variant == "orig" else [score_corpus._with_novel_names(r, rng) for r in recs]
            results = engine.analyze_many([r["text"] for r in rs])
            for r, dets in zip(rs, results):
                text = r["text"]; spans = informal.informal_spans(text)
                if not spans: continue
                inside = bytearray(len(text))
                for s, e in spans: inside[s:e] = b"\x01" * (e - s)
                covered = bytearray(len(text))
                for d in dets: covered[d.start:d.end] = b"\x01" * (d.end - d.start)
                gold = [(g["start"], g["end"]) for g in r["entities"] if g["type"] == "PERSON"]
                anyg = [(g["start"], g["end"]) for g in r["entities"]]
                doc = docinfo(text)
                for m in re.finditer(r"(?<![\w@.#])[a-zà-ÿŵŷ][\w'’]*(?![\w@])", text):
                    s, e = m.span()
                    if not inside[s] or len(m.group(0)) < 2 or "_" in m.group(0): continue
                    # a word inside a handle (dots) is the handle's
                    if e < len(text) and text[e] == "." and e + 1 < len(text) and text[e+1].isalnum(): continue
                    rows.append({"set": path.stem, "variant": variant, "id": r["id"], "text": m.group(0),
                                 "found": bool(covered[s]), "label": any(a < e and s < b for a, b in gold),
                                 "anylabel": any(a < e and s < b for a, b in anyg),
                                 "clean": not anyg, "idx": indices(feats(text, s, e, None, doc))})
        print(path.stem, len(rows), file=sys.stderr)
    return rows

CACHE = REPO / ".lowercase-candidates.jsonl"


def loso(rows, l2=1e-4):
    sets=sorted({r['set'] for r in rows})
    res={t:[0,0,0] for t in (0.5,0.6,0.7,0.8,0.9)}
    hits=[]
    for name in sets:
        train=[r for r in rows if r['set']!=name]
        test=[r for r in rows if r['set']==name and r['variant']=='orig' and not r['found']]
        if not test: continue
        w,b=pve.fit(train, l2=l2)
        p=pve._prob(test,w,b)
        for t in res:
            for pi,r in zip(p,test):
                if pi>t:
                    res[t][0 if r['label'] else 1]+=1
                    if r['clean']: res[t][2]+=1
        for pi,r in zip(p,test):
            if pi>0.5: hits.append((name,r['id'],r['text'],round(float(pi),2),r['label']))
    print('missed positives total', sum(1 for r in rows if r['variant']=='orig' and r['label'] and not r['found']))
    for t,(tp,fp,cl) in res.items(): print(f"thr {t}: recovered {tp}, new FP {fp} (on clean {cl})")
    for h in hits: print(h)


if __name__ == "__main__":
    if sys.argv[1:] == ["collect"]:
        rows = collect(Engine(), pve.sets())
        with CACHE.open("w") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")
    elif sys.argv[1:] == ["loso"]:
        loso([json.loads(line) for line in CACHE.open()])
    else:
        print(__doc__)

