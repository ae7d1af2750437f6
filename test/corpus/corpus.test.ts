import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { CORPUS_DIR, evaluateCorpus, loadLabels } from './evaluate';

/**
 * Pins detection quality on the labelled corpus: a change that makes verdicts worse fails CI.
 * The floors sit just under the figures measured when they were set (see CHANGELOG.md);
 * raise them when detection improves, never lower them to let a regression through.
 * They were set again when the held-out sets 2 and 3 (30 documents by other hands, measured
 * untuned first: 89.4% and 83.8%) joined the corpus: harder text, same engine, lower recall;
 * and again when sets 4, 5 and 6 (38 more, untuned first: 82.8%, 80.7% and 91.1%) joined it
 * (126 documents: 95.7%, missing precision 99.2% recall 91.5%, partial precision 92.4%, every
 * check ≥ 90.4%); and again when sets 7 and 8 (28 more, untuned first: 80.7% and 79.0%) joined
 * it (154 documents: 95.0%, missing precision 98.4% recall 91.1%, partial precision 91.2% recall
 * 92.2%, every check ≥ 90.2%); and again when sets 9 and 10 (24 more, untuned first: 79.2% and
 * 83.4%) joined it (178 documents: 94.0%, missing precision 97.8% recall 90.3%, partial precision
 * 89.6% recall 90.6%; P02 88.2% and P13 88.7% are under the issue's 0.90 per check: the floor
 * pins what is measured, it does not claim the target); and again when sets 11 and 12 (20 more,
 * untuned first: 86.6% and 88.5%) joined it (198 documents: 93.8%, missing precision 97.6% recall
 * 90.6%, partial precision 89.6% recall 90.1%, P02 87.4% the lowest check); and again when sets
 * 13 and 14 (20 more, untuned first: 86.8% and 87.5%) joined it (218 documents: 93.3%, missing
 * precision 96.9% recall 90.0%, partial precision 88.8% recall 89.1%, P02 87.3% the lowest).
 * Sets 15 to 20 (60 more, mainstream charters, frameworks, agreements and YAML by other hands,
 * untuned first: 94.2%, 94.7%, 91.0%, 92.6%, 93.1%, 87.7%) joined it, and the fixes drawn from
 * them and from the older sets raised it to 278 documents: 95.7%, missing precision 97.5% recall
 * 94.2%, partial precision 93.1% recall 92.7%, every check ≥ 92.5% (P15 the lowest). Sets 21 and
 * 22 (20 more, untuned first: 88.5% and 90.9%) then joined it (298 documents: 95.5%, missing
 * precision 97.2% recall 93.8%, partial precision 92.9% recall 92.6%, P15 93.0% the lowest).
 * Sets 23 and 24 (20 more, untuned first: 89.3% and 93.4%) then joined it, untuned (318
 * documents: 95.3%, missing precision 97.2% recall 93.4%, partial precision 92.6% recall 92.3%).
 * Sets 25 to 33 (90 more, each measured before any tuning on it: 92.4%, 91.6%, 90.2%, 92.9%,
 * 92.6%, 90.1%, 94.7%, 93.4%, 89.3%) joined it with the fixes drawn from them (408 documents:
 * 95.9%, missing precision 97.6% recall 94.5%, partial precision 93.4% recall 93.1%, P16 92.6%
 * the lowest check). Sets 34 to 37 (40 more, untuned first: 95.1%, 94.3%, 92.6%, 90.2%) joined
 * it with the fixes drawn from them (448 documents: 96.3%, missing precision 97.9% recall 94.8%,
 * partial precision 94.1% recall 93.9%, P16 93.5% the lowest check). Sets 38 and 39 (20 more,
 * untuned first with that engine: 93.4% and 95.1%) then joined it (468 documents: 96.4%, missing
 * precision 98.0% recall 94.8%, partial precision 94.0% recall 94.0%, P16 93.6% the lowest).
 * Sets 40 and 41 (20 more, untuned first with the engine of the end of that session: 86.9% and
 * 93.4%) joined it with three fixes drawn from them (488 documents: 96.2%, missing precision
 * 98.0% recall 94.7%, partial precision 93.6% recall 93.6%, P16 92.8% the lowest).
 * Sets 42 to 44 (30 more, untuned first: 91.8%, 91.0%, 91.0%) and set 45 (untuned first with the
 * fixes drawn from 42 to 44: 93.4%) joined it with the fixes drawn from them (528 documents:
 * 96.5%, missing precision 97.9% recall 94.9%, partial precision 94.7% recall 93.7%, P02 93.2%
 * the lowest). Sets 46 to 49, 50 to 53 and 54 to 57 (120 more, each measured before any tuning
 * on it, with the engine of the moment: 92.6%, 91.8%, 93.4%, 93.4%; 94.3%, 92.6%, 91.8%, 92.6%;
 * 90.2%, 94.3%, 92.6%, 88.5%) joined it with the fixes drawn from them (648 documents: 96.5%,
 * missing precision 97.9% recall 94.6%, partial precision 94.4% recall 94.0%, P02 92.7% the
 * lowest check, hence the per-check floor of 0.92). Sets 58 to 61, 62 to 65 and 66 to 69 (120
 * more, each measured before any tuning on it, with the engine of the moment: 90.2%, 92.6%,
 * 92.6%, 93.8%; 92.6%, 91.8%, 92.6%, 86.9%; 83.6%, 87.5%, 93.4%, 95.1%) joined it with the fixes
 * drawn from them (768 documents: 96.3%, missing precision 97.9% recall 94.6%, partial
 * precision 94.2% recall 93.2%, P02 92.8% the lowest; the accuracy and partial-recall floors
 * follow the harder sets down). Sets 70 and 71 (20 more, untuned first: 91.0% and 91.8%) joined
 * it with the fixes drawn from them (788 documents: 96.3%, missing precision 97.8% recall 94.7%,
 * partial precision 94.3% recall 93.2%). Sets 72 to 75 (40 more, untuned first: 92.0%, 91.0%,
 * 95.1%, 95.9%) joined it with the fixes drawn from them (828 documents: 96.4%, missing precision
 * 97.9% recall 94.8%, partial precision 94.5% recall 93.2%, P02 92.9% the lowest). Sets 76 to
 * 79 (40 more, untuned first with the fixes drawn from 72 to 75: 86.9%, 96.7%, 92.6%, 88.4%)
 * joined it with the fixes drawn from them (868 documents: 96.3%, missing precision 97.9% recall
 * 94.6%, partial precision 94.4% recall 93.3%, P02 93.0% the lowest). Sets 80 to 83 (40 more,
 * untuned first with the fixes drawn from 76 to 79: 93.4%, 93.4%, 91.8%, 92.0%) joined it with
 * the fixes drawn from them (908 documents: 96.3%, missing precision 97.9% recall 94.6%, partial
 * precision 94.3% recall 93.1%, P02 92.8% the lowest). Sets 84 to 87 (40 more, untuned first
 * with the fixes drawn from 80 to 83: 89.3%, 91.0%, 94.7%, 95.1%) joined it with the fixes drawn
 * from them (948 documents: 96.3%, missing precision 97.9% recall 94.6%, partial precision 94.2%
 * recall 93.1%, P02 92.7% the lowest). Sets 88 to 91 (40 more, untuned first with the fixes
 * drawn from 84 to 87: 86.9%, 93.4%, 84.4%, 92.6%) joined it with the few fixes drawn from them
 * before the session ended (988 documents: 96.1%, missing precision 97.8% recall 94.2%, partial
 * precision 93.9% recall 93.0%, P02 92.3% the lowest); the missing-recall and partial floors
 * follow them down (0.94, 0.935, 0.925). Sets 92 to 99 (80 more, written to use the words of
 * their trade rather than those of vocabulary.md; untuned first: 87.8%, 86.0%, 85.5%, 85.2%, then
 * with the fixes drawn from those four 86.0%, 86.6%, 79.3%, 86.9%) joined it with the fixes drawn
 * from them (1,068 documents: 95.7%, missing precision 97.5% recall 93.7%, partial precision
 * 93.1% recall 92.7%, P02 91.2% the lowest): the floors follow them down (accuracy 0.955, every
 * check 0.91, missing recall 0.935, partial precision 0.93), still above the issue's targets.
 * Sets 100 to 103 (40 more, untuned first with the fixes drawn from 96 to 99: 80.9%, 93.9%,
 * 80.3%, 85.1%) joined it with the few fixes drawn from them before the session ended (1,108
 * documents: 95.4%, missing precision 97.4% recall 93.3%, partial precision 92.7% recall 92.4%,
 * P02 90.5% the lowest): the floors sit at the issue's own targets for accuracy (0.95) and per
 * check (0.90), and just under the figures for the rest. Sets 104 to 107 (40 more, untuned first
 * at 3dc03cb: 83.2%, 89.3%, 87.6%, 88.5%, pooled 87.1%) joined it with two fixes drawn from them
 * (1,148 documents: 95.2%, missing precision 97.1% recall 93.0%, partial precision 92.2% recall
 * 92.0%, P02 90.1% the lowest): partial precision follows them down to 0.92. Sets 108 to 111 (40
 * more, untuned first at d9c51c2 with the fixes drawn from 104 to 107: 89.3%, 86.5%, 87.8%, 89.3%,
 * pooled 88.2%) joined it with five fixes drawn from them (1,188 documents: 95.0%, missing
 * precision 97.0% recall 92.8%, partial precision 92.1% recall 91.6%, P02 90.1% the lowest, back
 * over the issue's 90% with a table's rows read as separate entries for denials too): accuracy
 * and per check stay at the issue's targets, the others follow to just under the figures. Sets
 * 112 to 123 (120 more, in three rounds, each measured before any change drawn from it: 112-115
 * at a05faaf 88.1% pooled; 116-119 at beffc69, with the fixes drawn from 112-115, 91.1%; 120-123
 * at eabe207, with the fixes drawn from 112-119, 91.5%, missing precision 95.1%) joined it with
 * the fixes drawn from them (1,308 documents: 94.97%, missing precision 96.7% recall 92.8%,
 * partial precision 92.2% recall 91.3%, P02 89.9% the lowest). The corpus is now under the
 * issue's targets for accuracy (by 5 verdicts of 15,809) and for P02 (by 1 of 1,013): those two
 * floors follow just under the figures (0.949, 0.899), as partial recall does (0.91); the
 * targets stay the issue's, unmet on this corpus. Sets 124 to 135 (120 more, in three rounds, each
 * measured before any change drawn from it: 124-127 at 842a8cf 91.0% pooled; 128-131 at 25d92e4 to
 * c33c1bd 91.3%; 132-135 at 54e8ebe 87.6%) joined it with the fixes drawn from them (1,428
 * documents, 17,210 verdicts: 95.06%, missing precision 96.9% recall 93.1%, partial precision
 * 92.3% recall 91.6%, P02 90.1% the lowest): accuracy and per check went back to the issue's
 * targets (0.95, 0.90). Sets 136 to 139 (40 more, untuned first at bff8075: 87.8% pooled, 87.6% at
 * the session's start) then joined it with one fix drawn from them (1,468 documents, 17,678
 * verdicts: 94.93%, missing precision 96.7% recall 93.0%, partial precision 92.0% recall 91.4%,
 * P02 90.0% the lowest): accuracy follows just under the figure (0.949), 13 verdicts short of the
 * issue's 95%, unmet on this corpus; per check stays at 0.90. The next session's general fixes,
 * drawn from the commonest first-run errors of all held-out sets (+40 −1), brought it to 95.12%;
 * sets 140 to 143 (40 more, untuned first at d8b8b1e: 90.3% pooled, 89.5% at that session's
 * start) then joined it with one fix drawn from them (1,508 documents, 18,143 verdicts: 95.03%,
 * missing precision 96.7% recall 93.1%, partial precision 92.4% recall 91.5%, P02 90.1% the
 * lowest): accuracy is back at the issue's 0.95, partial precision follows up to 0.92. Sets 144 to
 * 147 (40 more, untuned first at b188da4: 89.1% pooled, 88.7% at that session's start) joined it
 * with the fixes drawn from them (1,548 documents, 18,620 verdicts: 95.03%, 17,694, five verdicts
 * over the issue's 95%; missing precision 96.7% recall 93.0%, partial precision 92.2% recall
 * 91.7%, P02 90.06% the lowest). Sets 148 to 151 (40 more, untuned first at 8258161, the same
 * as at that session's start: 89.7% pooled) and 152 to 155 (40 more, untuned first at 7fbc988,
 * after the fixes drawn from the round before: 88.7% pooled, 88.0% at the session's start) joined
 * it with the fixes drawn from them and from the corpus's commonest kinds (1,628 documents, 19,543
 * verdicts: 95.03%, 18,571, five verdicts over the issue's 95%; missing precision 96.8% recall
 * 92.9%, partial precision 92.2% recall 91.9%, P02 90.10% the lowest, one verdict over 90%).
 * Sets 156 to 158 (30 more, untuned first at bfe1543: 83.6% pooled; 94.8% with them, untuned)
 * and 160 to 163 (40 more, untuned first at 70beacf, after the first fixes drawn from 156 to 158:
 * 89.3% pooled, the same at that session's start, 28140e5) joined it with the fixes drawn from
 * them (1,698 documents, 20,385 verdicts: 95.02%, 19,369, three verdicts over the issue's 95%;
 * missing precision 96.9% recall 92.8%, partial precision 92.2% recall 91.9%, P02 90.12% the
 * lowest, one verdict over 90%). Sets 164 to 167 (40 more, untuned first at 01c8bf2: 92.6, 86.3,
 * 84.8 and 95.0%, pooled 89.7%, 435/485, missing precision 92.9%; 89.1% at that session's start,
 * 28140e5) joined it with the fixes drawn from them (1,738 documents, 20,870 verdicts: 95.02%,
 * 19,830, three verdicts over 95%; missing precision 96.8% recall 92.9%, partial precision 92.2%
 * recall 91.7%, P02 90.19% the lowest, two verdicts over 90%). Sets 168 to 171 (40 more,
 * untuned first at 6bdbda6: 90.2, 84.3, 82.8, 87.0%, pooled 86.1%, 427/496, missing precision
 * 88.4%; 85.1% at that session's start) joined it with the fixes drawn from them (1,778
 * documents, 21,366 verdicts: 95.02%, 20,302, four verdicts over 95%; missing precision 96.9%
 * recall 92.9%, partial precision 92.2% recall 91.8%, P02 90.19% the lowest, two verdicts over
 * 90%). Sets 172 to 175 (40 more, untuned first at 1748326 to 46a4a40: 85.1, 84.3, 86.3, 89.3%,
 * pooled 86.3%, 427/495, missing precision 90.1%; the same at that session's start, 96329ca)
 * joined it with the fixes drawn from them (1,818 documents, 21,861 verdicts: 95.00%, 20,768,
 * exactly the issue's 95%; missing precision 96.7% recall 92.9%, partial precision 92.1% recall
 * 91.8%, P02 90.8%, P01 91.2% the lowest). Sets 176 to 179 (40 more, untuned first at da5f24a,
 * after the first fixes drawn from 172 to 175: 89.3, 88.3, 88.4, 92.6%, pooled 89.7%, 434/484,
 * missing precision 92.5%; 89.3% at that session's start) joined it with the fixes drawn from
 * them (1,858 documents, 22,345 verdicts: 95.00%, 21,228, exactly the issue's 95%; missing
 * precision 96.8% recall 92.9%, partial precision 92.1% recall 91.8%, P02 90.7%, P01 91.1% the
 * lowest). Sets 180 to 183 (40 more, untuned first at f10a46f: 89.3, 85.6, 86.9, 90.2%, pooled
 * 88.1%, 444/504, missing precision 89.2%; 87.7% at that session's start, 96329ca) joined it
 * with the fixes drawn from them and from sets 184 to 187 (1,898 documents, 22,849 verdicts:
 * 95.05%, 21,719, twelve verdicts over the issue's 95%; missing precision 96.8% recall 92.9%,
 * partial precision 92.0% recall 92.1%, P02 90.2%, P01 91.7% the lowest). Sets 184 to 187 (40
 * more, untuned first at 8993b8f: 87.4, 88.3, 87.6, 85.5%, pooled 87.1%, 413/474, missing
 * precision 90.2%; the same at that session's start, 4c613fb) joined it with the fixes drawn
 * from them (1,938 documents, 23,323 verdicts: 95.005%, 22,158, one verdict over the issue's
 * 95%; missing precision 96.7% recall 92.9%, partial precision 92.006% recall 92.0%, P02
 * 90.007% (one verdict over 90%), P01 91.7% the lowest). Sets 188 to 191 (40 more, written
 * anew after the first round of that number was lost with its machine; untuned first at 7b4e7d6:
 * 94.7, 93.4, 85.5, 90.0%, pooled 90.8%, 466/513, missing precision 96.8%) joined it with the
 * fixes drawn from them (1,978 documents, 23,836 verdicts: 95.07%, 22,661, sixteen verdicts over
 * the issue's 95%; missing precision 96.8% recall 93.0%, partial precision 92.1% recall 92.1%,
 * P02 90.2% (three verdicts over 90%), P01 91.8% the lowest). Sets 192 to 195 (40 more,
 * untuned first at afec53f: 88.4, 93.4, 90.2, 86.3%, pooled 89.5%, 444/496, missing precision
 * 95.5%; the same at that session's start, 7b4e7d6) joined it with the fixes drawn from them
 * (2,018 documents, 24,332 verdicts: 95.035%, 23,124, eight verdicts over the issue's 95%;
 * missing precision 96.8% recall 92.9%, partial precision 92.2% recall 92.1%, P02 90.1% (two
 * verdicts over 90%), P01 91.9% the lowest). Sets 196 to 199 (40 more, untuned first at
 * 5402fed: 94.6, 94.3, 90.2, 92.4%, pooled 92.8%, 452/487, missing precision 96.5%; 92.6% at that
 * session's start, 7b4e7d6) joined it with the fixes drawn from them (2,058 documents, 24,819
 * verdicts: 95.02%, 23,583, four verdicts over the issue's 95%; missing precision 96.8% recall
 * 92.9%, partial precision 92.2% recall 92.1%, P02 90.02% (no verdict over 90%), P01 91.9% the
 * lowest). Sets 200 to 203 (40 more, untuned first at e418e9a: 93.9, 84.8, 91.6, 86.1%, pooled
 * 89.3%, 443/496, missing precision 94.9%; the same again at cc84732) joined it with the fixes
 * drawn from them (476/496 of their own; 2,098 documents, 25,315 verdicts: 95.10%, 24,075,
 * twenty-five verdicts over the issue's 95%; missing precision 96.9% recall 93.0%, partial
 * precision 92.3% recall 92.2%, P02 90.15% (two verdicts over 90%), P01 92.0% the lowest).
 * Sets 204 to 207 (40 more, untuned first at 3ae607f: 90.9, 85.8, 90.2, 88.4%, pooled 88.7%,
 * 448/505, missing precision 91.4%; the same at cc84732) joined it with the fixes drawn from
 * them (471/505 of their own; 2,138 documents, 25,820 verdicts: 95.10%, 24,554, twenty-five
 * verdicts over the issue's 95%; missing precision 96.8% recall 93.0%, partial precision 92.4%
 * recall 92.2%, P02 90.28% (four verdicts over 90%), P01 91.9% the lowest). Sets 208 to 211
 * (40 more, untuned first at d5bf6d3: 86.1, 91.6, 84.4, 91.8%, pooled 88.5%, 440/497, missing
 * precision 93.4%; 439/497 at cc84732) joined it with the fixes drawn from them (459/497 of
 * their own; 2,178 documents, 26,317 verdicts: 95.08%, 25,022, twenty verdicts over the issue's
 * 95%; missing precision 96.8% recall 93.1%, partial precision 92.4% recall 92.1%, P02 90.10%
 * (one verdict over 90%), P01 92.0% the lowest). Sets 212 to 219 (two rounds of 40, untuned
 * first at e1520ae and aacfbf4: round 23 86.0, 90.8, 87.6, 90.9%, pooled 88.9%, 449/505, missing
 * precision 96.5%; round 24 93.9, 87.5, 90.8, 91.1%, pooled 90.9%, 432/475, missing precision
 * 95.7%; the same again at ce6587e) joined it with the fixes drawn from them (470/505 and
 * 455/475 of their own; 2,258 documents, 27,297 verdicts: 95.11%, 25,963, thirty verdicts over
 * the issue's 95%; missing precision 96.9% recall 93.1%, partial precision 92.5% recall 92.2%,
 * P02 90.21% (three verdicts over 90%), P01 92.1% the lowest). Sets 220 to 223 (round 25, 40
 * more, untuned first at 9c08b9e: 89.2, 93.9, 86.8, 95.0%, pooled 91.4%, 434/475, missing
 * precision 98.6%; the same at ce6587e) joined it with the fixes drawn from them (446/475 of
 * their own; 2,298 documents, 27,772 verdicts: 95.10%, 26,411, twenty-seven verdicts over the
 * issue's 95%; missing precision 96.9% recall 93.1%, partial precision 92.5% recall 92.1%, P02
 * 90.14% (two verdicts over 90%), P01 91.9% the lowest). Sets 224 to 227 (round 26, 40 more,
 * untuned first at 9c08b9e: 87.8, 91.7, 87.0, 89.3%, pooled 88.9%, 448/504, missing precision
 * 92.4%; 447/504 at ce6587e, 448 again after round 25's fixes) joined it with the fixes drawn
 * from them (462/504 of their own; 2,338 documents, 28,276 verdicts: 95.05%, 26,876, thirteen
 * verdicts over the issue's 95%; missing precision 96.9% recall 93.0%, partial precision 92.5%
 * recall 92.1%, P02 90.08% (one verdict over 90%), P01 91.9% the lowest). Rules drawn from the
 * untuned errors of rounds 23 to 28 taken together (trainings, campaigns, consultations and
 * cadences of or for others: P09, P14, P15, P16) brought it to 95.11% (26,893, thirty verdicts
 * over the issue's 95%; missing precision 96.9% recall 93.2%, partial precision 92.7% recall
 * 92.1%). Sets 228 to 231 (round 27, 40 more, untuned first at 1ba9608: 82.9, 91.1, 94.3, 87.7%,
 * pooled 89.1%, 416/467, missing precision 95.4%; the same at ce6587e) joined it once « cahier
 * des clauses » was no longer read as a contract's title word, which checklist.md §1 does not
 * list (435/467 of their own; 2,378 documents, 28,743 verdicts: 95.10%, 27,335, twenty-nine
 * verdicts over the issue's 95%; missing precision 96.9% recall 93.2%, partial precision 92.7%
 * recall 92.0%, P02 90.07% (one verdict over 90%), P01 92.0% the lowest). Sets 232 to 235
 * (round 28, 40 more, untuned first at 00d4237: 87.7, 90.2, 87.4, 93.4%, pooled 89.7%, 427/476;
 * 429/476 at f47cae2), 236 to 239 (round 29, untuned at 97fc271: 89.3, 95.0, 89.3, 90.8%, pooled
 * 91.1%, 458/503, the same at f47cae2) and 240 to 243 (round 30, untuned at 22de133: 89.3, 87.0,
 * 95.0, 90.2%, pooled 90.3%, 456/505, the same at f47cae2) joined it with the fixes drawn from
 * them (442/476, 463/503 and 459/505 of their own; 2,498 documents, 30,227 verdicts: 95.02%,
 * 28,723, seven verdicts over the issue's 95%; missing precision 96.8% recall 93.1%, partial
 * precision 92.8% recall 91.9%, P02 90.06% (one verdict over 90%), P01 92.2% the lowest).
 * Sets 244 to 247 (round 31, untuned at 5a9819f: 89.3, 91.8, 92.4, 90.1%, pooled 90.9%, 459/505,
 * the same at f47cae2 and again at 8b4cb93) and 248 to 251 (round 32, untuned at 8b4cb93: 93.4,
 * 91.7, 86.3, 94.2%, pooled 91.3%, 451/494, missing precision 94.2%) joined it with the fixes
 * drawn from them (470/505 and 463/494 of their own; 2,578 documents, 31,226 verdicts: 95.007%,
 * 29,667, two verdicts over the issue's 95%; missing precision 96.7% recall 93.1%, partial
 * precision 93.0% recall 91.9%, P02 90.01% (no verdict over 90%), P01 92.4% the lowest).
 * Sets 252 to 255 (round 33, untuned at 42d25fa and again at df54643: 86.9, 88.4, 92.6, 89.3%,
 * pooled 89.3%, 433/485, missing precision 95.3%) joined it with the fixes drawn from them
 * (456/485 of their own; 2,618 documents, 31,711 verdicts: 95.03%, 30,135, nine verdicts over
 * 95%; missing precision 96.7% recall 93.2%, partial precision 93.1% recall 91.9%, P02 90.06%
 * (one verdict over 90%), P01 92.5% the lowest).
 * Sets 256 to 259 (round 34, untuned at b1c4af7: 91.6, 92.4, 92.0, 94.7%, pooled 92.7%,
 * 468/505, 466 at df54643, missing precision 95.3%) joined it with the fixes drawn from them
 * (478/505 of their own; 2,658 documents, 32,216 verdicts: 95.03%, 30,615, nine verdicts over
 * 95%; missing precision 96.7% recall 93.3%, partial precision 93.2% recall 91.8%, P02 90.06%
 * (one verdict over 90%), P01 92.6% the lowest).
 * Sets 260 to 263 (round 35, untuned at cd3a200 and again at df54643: 90.1, 93.9, 93.9, 93.9%,
 * pooled 92.9%, 487/524, missing precision 95.5%) joined it with the fixes drawn from them
 * (494/524 of their own; 2,698 documents, 32,740 verdicts: 95.03%, 31,112, nine verdicts over
 * 95%; missing precision 96.7% recall 93.3%, partial precision 93.2% recall 91.8%, P02 90.12%
 * (two verdicts over 90%), P01 92.6% the lowest).
 * Sets 264 to 267 (round 36, untuned at 300d612 and again at 79a7f08: 90.8, 90.1, 90.8, 93.8%,
 * pooled 91.4%, 478/523, 476 at df54643, missing precision 95.4%) joined it with the fixes drawn
 * from them (494/523 of their own; 2,738 documents, 33,263 verdicts: 95.06%, 31,618, eighteen
 * verdicts over 95%; missing precision 96.7% recall 93.3%, partial precision 93.3% recall 91.9%,
 * P02 90.02% (no verdict over 90%), P01 92.6% the lowest).
 * Sets 268 to 271 (round 37, untuned at 79a7f08 and again at d0325da, every verdict the same:
 * 92.4, 91.0, 96.4, 87.8%, pooled 92.0%, 482/524, missing precision 94.8%) joined it with the
 * fixes drawn from them (499/524 of their own; 2,778 documents, 33,787 verdicts: 95.07%, 32,121,
 * twenty-three verdicts over 95%; missing precision 96.7% recall 93.4%, partial precision 93.4%
 * recall 91.9%, P02 90.08% (one verdict over 90%), P01 92.7% the lowest).
 * Sets 272 to 275 (round 38, untuned at 1ce122d: 92.4, 92.0, 93.4, 92.1%, pooled 92.5%,
 * 467/505, 466 at 79a7f08, missing precision 95.2%) joined it with the fixes drawn from them
 * (477/505 of their own; 2,818 documents, 34,292 verdicts: 95.08%, 32,604, twenty-six verdicts
 * over 95%; missing precision 96.7% recall 93.4%, partial precision 93.4% recall 91.9%, P02
 * 90.08% (one verdict over 90%), P01 92.6% the lowest).
 * Sets 276 to 279 (round 39, untuned at c8bc056 and again at 79a7f08, every verdict the same:
 * 89.3, 94.7, 93.9, 95.1%, pooled 93.1%, 488/524, missing precision 94.4%) joined it with the
 * fixes drawn from them (502/524 of their own; 2,858 documents, 34,816 verdicts: 95.09%,
 * 33,107, thirty-one verdicts over 95%; missing precision 96.7% recall 93.4%, partial precision
 * 93.5% recall 91.9%, P02 90.14% (three verdicts over 90%), P01 92.6% the lowest).
 * Sets 280 to 283 (round 40, untuned at 1055d3d: 90.0, 90.8, 90.8, 88.5%, pooled 90.1%,
 * 480/533, 478 at 79a7f08, missing precision 95.4%) joined it with the fixes drawn from them
 * (494/533 of their own; 2,898 documents, 35,349 verdicts: 95.07%, 33,606, twenty-four verdicts
 * over 95%; missing precision 96.7% recall 93.3%, partial precision 93.4% recall 91.9%, P02
 * 90.14% (three verdicts over 90%), P01 92.6% the lowest). With the session's last fixes
 * (4a014a8): 95.10%, 33,617, thirty-five verdicts over 95%; missing precision 96.7% recall
 * 93.4%, partial precision 93.5% recall 91.9%, P02 90.42% (nine verdicts over 90%), P01 92.6%.
 * Sets 284 to 287 (round 41, untuned at 0530cd9 and again at 14aa215: 93.9, 90.8, 93.9, 90.8%,
 * pooled 92.4%, 484/524, 482 at 79a7f08, missing precision 96.7%) and sets 288 to 291 (round 42,
 * untuned at 5994600 and at 14aa215, every verdict the same: 94.7, 94.7, 91.6, 93.4%, pooled
 * 93.6%, 481/514, missing precision 96.0%) joined it with the fixes drawn from them (498/524 and
 * 491/514 of their own; 2,978 documents, 36,387 verdicts: 95.13%, 34,616, forty-eight verdicts
 * over 95%; missing precision 96.7% recall 93.5%, partial precision 93.7% recall 92.0%, P02
 * 90.20% (four verdicts over 90%), P01 92.7% the lowest after it).
 * Sets 292 to 295 (round 43, untuned at a9fef69: 89.3, 90.8, 94.3, 93.1%, pooled 91.9%,
 * 498/542, 497 at 14aa215, missing precision 92.9%) joined it with the fixes drawn from them
 * (506/542 of their own; 3,018 documents, 36,929 verdicts: 95.14%, 35,134, fifty-one verdicts
 * over 95%; missing precision 96.7% recall 93.5%, partial precision 93.7% recall 92.0%, P02
 * 90.07% (one verdict over 90%), P01 92.9%).
 * Sets 296 to 299 (round 44, untuned at ab005c9 and at 14aa215, every verdict the same: 92.4,
 * 88.5, 90.7, 91.6%, pooled 90.9%, 468/515, missing precision 93.2%) joined it with the fixes
 * drawn from them (481/515 of their own; 3,058 documents, 37,444 verdicts: 95.13%, 35,619,
 * forty-seven verdicts over 95%; missing precision 96.7% recall 93.4%, partial precision 93.7%
 * recall 91.9%, P02 90.04%, at its floor: the round took it to 89.70% untuned, and P02 fixes worth
 * eight verdicts brought it back; P01 92.9%).
 * Sets 300 to 303 (round 45, untuned at 284fb77, at 14aa215 and again at 1f44463, every verdict
 * the same: 91.6, 95.9, 89.3, 91.5%, pooled 92.0%, 483/525, missing precision 97.2%) joined it
 * with the fixes drawn from them (509/525 of their own; 3,098 documents, 37,969 verdicts: 95.19%,
 * 36,143, seventy-two verdicts over 95%; missing precision 96.7% recall 93.5%, partial precision
 * 93.9% recall 92.1%, P02 90.22%, five verdicts over its floor: the round took it to 89.92%
 * untuned, and its P02 fixes came first; P01 93.0%).
 * Sets 304 to 307 (round 46, untuned at 8f54349 and at 1f44463, every verdict the same: 87.8,
 * 96.4, 95.1, 93.9%, pooled 93.3%, 489/524, missing precision 98.0%) joined it with the fixes
 * drawn from them (512/524 of their own; 3,138 documents, 38,493 verdicts: 95.23%, 36,655,
 * eighty-six verdicts over 95%; missing precision 96.8% recall 93.6%, partial precision 93.9%
 * recall 92.1%, P02 90.31%, seven verdicts over its floor; P01 93.0%).
 * Sets 308 to 311 (round 47, untuned at 62f979d and at 1f44463, every verdict the same: 92.9,
 * 93.1, 94.7, 94.3%, pooled 93.7%, 491/524, missing precision 95.6%) joined it with the fixes
 * drawn from them (504/524 of their own; 3,178 documents, 39,017 verdicts: 95.24%, 37,160,
 * ninety-three verdicts over 95%; missing precision 96.8% recall 93.6%, partial precision 93.9%
 * recall 92.1%, P02 90.23%, five verdicts over its floor; P01 93.0%).
 * Sets 312 to 315 (round 48, untuned at ce6bc83: 88.3, 92.4, 93.1, 93.1%, pooled 91.9%, 463/504,
 * 461 at 1f44463, missing precision 94.1%) joined it with the fixes drawn from them (476/504 of
 * their own; 3,218 documents, 39,521 verdicts: 95.24%, 37,638, ninety-three verdicts over 95%;
 * missing precision 96.8% recall 93.6%, partial precision 93.9% recall 92.2%, P02 90.19%, four
 * verdicts over its floor; P01 93.0%).
 * Sets 316 to 319 (round 49, untuned at 29e2883: 93.9, 90.9, 91.6, 92.4%, pooled 92.2%, 474/514,
 * 473 at 1f44463, the same 474 at dfa44d3, missing precision 95.9%) joined it with the fixes drawn
 * from them (492/514 of their own; 3,258 documents, 40,035 verdicts: 95.27%, 38,141, 107 verdicts
 * over 95%; missing precision 96.8% recall 93.6%, partial precision 94.0% recall 92.2%, P02 90.27%,
 * six verdicts over its floor; P01 92.9%).
 * Sets 320 to 323 (round 50, untuned at dfa44d3 and at b550563: 94.7, 93.1, 87.8, 90.1%, pooled
 * 91.4%, 479/524, missing precision 96.0%) joined it with the fixes drawn from them (507/524 of
 * their own; 3,298 documents, 40,559 verdicts: 95.30%, 38,652, 120 verdicts over 95%; missing
 * precision 96.8% recall 93.7%, partial precision 94.0% recall 92.3%, P02 90.39%, nine verdicts
 * over its floor; P01 92.9%).
 * Sets 324 to 327 (round 51, untuned at dfa44d3 and at 30f4c0f: 95.7, 93.9, 93.9, 93.1%, pooled
 * 94.2%, 502/533, missing precision 98.7%) joined it with the fixes drawn from them (515/533 of
 * their own; 3,338 documents, 41,092 verdicts: 95.32%, 39,168, 130 verdicts over 95%; missing
 * precision 96.8% recall 93.7%, partial precision 94.1% recall 92.3%, P02 90.43%, eleven verdicts
 * over its floor; P01 93.0%).
 * Sets 328 to 331 (round 52, untuned at e9829ee: 91.7, 93.1, 90.7, 92.4%, pooled 92.0%, 481/523,
 * 480 at dfa44d3, missing precision 97.9%) joined it with the fixes drawn from them (495/523 of
 * their own; 3,378 documents, 41,615 verdicts: 95.31%, 39,664, 129 verdicts over 95%; missing
 * precision 96.8% recall 93.7%, partial precision 94.0% recall 92.3%, P02 90.47%, twelve verdicts
 * over its floor; P01 92.9%).
 * Sets 332 to 335 (round 53, untuned at aff02bd and at cd7c822: 94.7, 93.1, 88.5, 87.8%, pooled
 * 91.0%, 477/524, 476 at dfa44d3, missing precision 94.8%) joined it with the fixes drawn from them
 * (493/524 of their own; 3,418 documents, 42,139 verdicts: 95.31%, 40,163, 130 verdicts over 95%;
 * missing precision 96.8% recall 93.7%, partial precision 94.1% recall 92.3%, P02 90.59%, fifteen
 * verdicts over its floor; P01 92.9%).
 * Sets 336 to 339 (round 54, untuned at 88a3d7e, the join of round 53: 95.1, 94.7, 93.6, 92.1%,
 * pooled 93.8%, 500/533, missing precision 95.4%) joined it with the fixes drawn from them (511/533
 * of their own; 3,458 documents, 42,672 verdicts: 95.32%, 40,676, 137 verdicts over 95%; missing
 * precision 96.8% recall 93.7%, partial precision 94.1% recall 92.3%, P02 90.59%, fifteen verdicts
 * over its floor).
 * Sets 340 to 343 (round 55, untuned at 4525edb, the join of round 54, and at cd7c822 alike: 88.5,
 * 92.4, 91.6, 96.7%, pooled 92.2%, 475/515, missing precision 94.1%) joined it with the fixes drawn
 * from them (491/515 of their own; 3,498 documents, 43,187 verdicts: 95.33%, 41,170, 142 verdicts
 * over 95%; missing precision 96.9% recall 93.7%, partial precision 94.1% recall 92.3%, P02 90.48%,
 * twelve verdicts over its floor).
 * Sets 344 to 347 (round 56, untuned at 4c5d4cf, the join of round 55, and at cd7c822 alike: 91.6,
 * 91.6, 91.5, 92.9%, pooled 91.9%, 499/543, missing precision 94.6%) joined it with the fixes drawn
 * from them (512/543 of their own; 3,538 documents, 43,730 verdicts: 95.33%, 41,689, 145 verdicts
 * over 95%; missing precision 96.9% recall 93.8%, partial precision 94.2% recall 92.2%, P02 90.41%,
 * eleven verdicts over its floor; P01 93.0%).
 * Sets 348 to 351 (round 57, untuned at 6e18812, the join of round 56, and at 073b053, which
 * changed two snapshots only: 93.9, 93.1, 90.1, 97.7%, pooled 93.8%, 482/514, 481 at cd7c822,
 * missing precision 93.9%) joined it with the fixes drawn from them (491/514 of their own; 3,578
 * documents, 44,244 verdicts: 95.34%, 42,182, 150 verdicts over 95%; missing precision 96.9% recall
 * 93.8%, partial precision 94.2% recall 92.2%, P02 90.26%, seven verdicts over its floor).
 * Sets 352 to 355 (round 58, untuned at 3b717f0, the join of round 57: 89.3, 90.1, 95.1, 93.1%,
 * pooled 91.8%, 481/524, 480 at cd7c822, missing precision 91.3%) joined it with the fixes drawn
 * from them (492/524 of their own; 3,618 documents, 44,768 verdicts: 95.34%, 42,681, 151 verdicts
 * over 95%; missing precision 96.8% recall 93.8%, partial precision 94.3% recall 92.2%, P02 90.23%,
 * six verdicts over its floor).
 * Sets 356 to 359 (round 59, untuned at e8f9400 and again at 18b7873, the next session's start:
 * 90.8, 90.8, 95.7, 90.8%, pooled 92.1%, 491/533, missing precision 93.2%) joined it with the fixes
 * drawn from them (510/533 of their own; 3,658 documents, 45,301 verdicts: 95.37%, 43,204, 168
 * verdicts over 95%; missing precision 96.8% recall 93.9%, partial precision 94.4% recall 92.2%,
 * P02 90.24%, six verdicts over its floor; P01 93.2%).
 * Sets 360 to 363 (round 60, untuned as each arrived and at 18b7873 alike: 93.9, 92.4, 95.4, 89.3%,
 * pooled 92.7%, 486/524, missing precision 97.3%) and 364 to 367 (round 61, untuned as each arrived:
 * 96.2, 93.1, 93.9, 92.4%, pooled 93.9%, 492/524, 491 at 18b7873, missing precision 96.8%) joined it
 * with the fixes drawn from them (507/524 and 505/524 of their own; 3,738 documents, 46,349
 * verdicts: 95.42%, 44,227, 195 verdicts over 95%; missing precision 96.9% recall 93.9%, partial
 * precision 94.4% recall 92.3%, P02 90.14%, four verdicts over its floor; P01 93.3%).
 * Sets 368 to 371 (round 62, untuned as each arrived, at 18b7873 and at 7bab46a, the next
 * session's start, alike: 90.1, 91.5, 91.7, 92.9%, pooled 91.6%, 488/533, missing precision 97.4%)
 * joined it with the fixes drawn from them (511/533 of their own; 3,778 documents, 46,882 verdicts:
 * 95.45%, 44,751, 213 verdicts over 95%; missing precision 96.9% recall 94.0%, partial precision
 * 94.5% recall 92.4%, P02 90.08%, two verdicts over its floor; P01 93.2%).
 * Sets 372 to 375 (round 63, untuned as each arrived at 843d81bb and at 7bab46a alike: 91.5,
 * 88.5, 90.8, 88.4%, pooled 89.9%, 453/504, missing precision 98.5%) joined it with the fixes drawn
 * from them (463/504 of their own; 3,818 documents, 47,386 verdicts: 95.43%, 45,221, 204 verdicts
 * over 95%; missing precision 96.9% recall 93.9%, partial precision 94.4% recall 92.4%, P02
 * 90.08%, two verdicts over its floor; P01 93.2%).
 * Sets 376 to 379 (round 64, untuned as each arrived at a3c48719: 96.7, 91.5, 88.5, 90.1%, pooled
 * 91.7%, 462/504, missing precision 95.3%; 463 at 7bab46a, the session's start) joined it with the
 * fixes drawn from them (475/504 of their own; 3,858 documents, 47,890 verdicts: 95.42%, 45,699,
 * 203 verdicts over 95%; missing precision 97.0% recall 93.9%, partial precision 94.4% recall
 * 92.4%, P02 90.01%, at its floor; P01 93.1%). The session's last rule (the meetings of a
 * partners' club are no follow-up cadence) brought it to 95.45%, 45,709, 213 verdicts over 95%,
 * partial recall 92.5%; P16 93.6%; and an English 'Rejected' status cell to 45,712, 216 over 95%,
 * P02 90.07%, two verdicts over its floor.
 * Sets 380 to 383 (round 65, untuned as each arrived at 3cfad667 and dd86ca79, and at 5d7e9b24,
 * the next session's start, alike: 90.8, 93.6, 88.5, 90.0%, pooled 90.8%, 492/542, missing
 * precision 92.4%) and sets 384 to 387 (round 66, untuned as each arrived at 66ba8472 and at
 * 5d7e9b24 alike: 90.8, 93.4, 94.3, 87.6%, pooled 91.6%, 470/513, missing precision 91.1%) joined
 * it with the fixes drawn from them (519/542 and 488/513 of their own; 3,938 documents, 48,945
 * verdicts: 95.52%, 46,753, 255 verdicts over 95%; missing precision 97.0% recall 94.0%, partial
 * precision 94.4% recall 92.7%, P02 90.01%, at its floor, which it had gone under when the rounds
 * were staged; P01 93.2%, P16 93.9%).
 * Sets 388 to 391 (round 67, untuned as each arrived at c6e7db94 and at e7204f98 alike: 95.0, 95.4,
 * 89.3, 94.3%, pooled 93.6%, 499/533, missing precision 98.0%), 392 to 395 (round 68, untuned at
 * 23481b9b: 95.0, 96.2, 96.2, 92.9%, pooled 95.0%, 514/541, missing precision 96.4%; 513 at
 * e7204f98), 396 to 399 (round 69, untuned at 86477062 and at e7204f98 alike: 92.6, 92.3, 91.6,
 * 87.0%, pooled 90.8%, 466/513, missing precision 95.1%) and 400 to 403 (round 70, untuned as each
 * arrived: 92.1, 94.7, 84.0, 92.9%, pooled 91.0%, 493/542, missing precision 87.6%; 494 at
 * e7204f98), 404 to 407 (round 71, untuned as each arrived and at e7204f98 alike: 91.8, 94.2,
 * 93.4, 93.4%, pooled 93.2%, 454/487, missing precision 97.7%) and 408 to 411 (round 72, untuned as
 * each arrived and at e7204f98 alike: 92.4, 93.4, 92.1, 96.2%, pooled 93.5%, 489/523, missing
 * precision 96.8%) joined it with the fixes drawn from them (508/533, 517/541, 479/513, 505/542,
 * 464/487 and 495/523 of their own; 4,178 documents, 52,084 verdicts: 95.51%, 49,746, 266 verdicts
 * over 95%; missing precision 97.0% recall 94.0%, partial precision 94.6% recall 92.7%, P02
 * 90.38%, twelve verdicts over its floor, which round 67 alone would have taken under it; P01
 * 93.3%, P16 93.8%).
 * Sets 412 to 415 (round 73, untuned as each arrived at 236b223b and at e7204f98 and d91363b4
 * alike: 91.7, 90.7, 94.7, 93.9%, pooled 92.7%, 485/523, missing precision 95.5%), 416 to 419
 * (round 74, untuned at 71c28aae and at d91363b4 alike: 91.7, 90.2, 92.4, 91.6%, pooled 91.5%,
 * 462/505, missing precision 96.6%) and 420 to 423 (round 75, untuned as each arrived and at
 * d91363b4 alike: 93.4, 92.9, 93.1, 91.4%, pooled 92.7%, 493/532, missing precision 95.6%) joined
 * it with the fixes drawn from them (508/523, 484/505 and 511/532 of their own; 4,298 documents,
 * 53,644 verdicts: 95.56%, 51,261, 299 verdicts over 95%; missing precision 97.0% recall 94.1%,
 * partial precision 94.7% recall 92.7%, P02 90.19%, six verdicts over its floor; P01 93.4%, P16
 * 93.9%).
 * Document type: 99.96%, printed as 100.0% (the « Cahier des clauses techniques particulières »
 * once read as a contract is gone; one disagreement is left, holdout156's Penhallow export, whose
 * type word stands in `document.title`, not in a top-level `title`): floor 0.99.
 */
const FLOOR = { accuracy: 0.95, perCheck: 0.9, missingPrecision: 0.965, missingRecall: 0.925, partialPrecision: 0.92, partialRecall: 0.91, type: 0.99 };

describe('labelled corpus', () => {
  const labels = loadLabels();

  it('is the corpus the issue asks for', () => {
    assert.ok(labels.length >= 40, `${labels.length} documents`);
    const fr = labels.filter((l) => l.file.startsWith('fr/')).length;
    const en = labels.filter((l) => l.file.startsWith('en/')).length;
    const yaml = labels.filter((l) => l.file.startsWith('yaml/')).length;
    assert.ok(fr >= 22 && en >= 10 && yaml >= 8, `fr ${fr}, en ${en}, yaml ${yaml}`);
    assert.deepEqual(new Set(labels.map((l) => l.type)), new Set(['charter', 'usage-framework', 'partnership-agreement']));
    for (const label of labels) {
      assert.ok(existsSync(path.join(CORPUS_DIR, label.file)), label.file);
      for (const [code, v] of Object.entries(label.verdicts)) {
        if (typeof v === 'object' && (v.verdict === 'partial' || v.trap)) assert.ok(v.reason, `${label.file} ${code} needs a reason`);
      }
    }
  });

  it('keeps verdict accuracy, per-check accuracy and missing precision at their floors', () => {
    const m = evaluateCorpus(labels);
    const worst = Object.entries(m.perCheck).sort((a, b) => a[1].accuracy - b[1].accuracy)[0]!;
    const summary = `accuracy ${m.accuracy.toFixed(3)}, worst ${worst[0]} ${worst[1].accuracy.toFixed(3)}, missing P ${m.missing.precision.toFixed(3)} R ${m.missing.recall.toFixed(3)}, partial P ${m.partial.precision.toFixed(3)} R ${m.partial.recall.toFixed(3)}`;
    assert.ok(m.accuracy >= FLOOR.accuracy, summary);
    assert.ok(worst[1].accuracy >= FLOOR.perCheck, summary);
    assert.ok(m.missing.precision >= FLOOR.missingPrecision, summary);
    assert.ok(m.missing.recall >= FLOOR.missingRecall, summary);
    assert.ok(m.partial.precision >= FLOOR.partialPrecision, summary);
    assert.ok(m.partial.recall >= FLOOR.partialRecall, summary);
    assert.ok(m.typeAccuracy >= FLOOR.type, summary);
  });
});
