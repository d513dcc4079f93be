"""The usual Python route for this job, as a peer to measure against: jieba + scikit-learn TF-IDF + MiniBatchKMeans.

Usage: /usr/bin/python3 bench/peers/python-route.py EXPORT.csv TEXT_COLUMN [K]
Prints one JSON line: tickets, seconds (wall, reading included), peakRssMb.
Needs Debian's python3-jieba and python3-sklearn (they work only with /usr/bin/python3).
"""
import csv
import json
import resource
import sys
import time

start = time.time()
import jieba  # noqa: E402
from sklearn.cluster import MiniBatchKMeans  # noqa: E402
from sklearn.feature_extraction.text import TfidfVectorizer  # noqa: E402

path, column = sys.argv[1], sys.argv[2]
k = int(sys.argv[3]) if len(sys.argv) > 3 else 50
jieba.setLogLevel(60)
jieba.initialize()
with open(path, encoding="utf-8-sig", newline="") as f:
    texts = [row[column] for row in csv.DictReader(f)]
docs = [jieba.lcut(t) for t in texts]
matrix = TfidfVectorizer(tokenizer=lambda d: d, preprocessor=lambda d: d, token_pattern=None, lowercase=False, sublinear_tf=True, min_df=2).fit_transform(docs)
labels = MiniBatchKMeans(n_clusters=k, random_state=1, n_init=3, batch_size=4096).fit_predict(matrix)
seconds = time.time() - start
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"route": "python jieba+sklearn", "tickets": len(texts), "seconds": round(seconds, 2), "peakRssMb": round(peak), "clusters": int(labels.max()) + 1}))
