# The server Sentigrid's `serve --protocol compat` replaces: Twisted and NLTK's VADER, one sentence per
# connection, the compound score back, then the connection closes; it answers whatever its first read
# returns. Only for bench/serve-compat.sh; not part of Sentigrid.
#
#   python3 original_server.py PORT LEXICON_FILE per-request|once
#
# per-request: an analyzer is made for each sentence (reading the lexicon: about 4 ms here), which is
#              what the original's measured rate (242 sentences/s in issue 13's run, a single reactor
#              thread: 1 / 4.1 ms) says it did.
# once:        one analyzer for all sentences: the best this design can do, for comparison.
import sys

from nltk.sentiment.vader import SentimentIntensityAnalyzer
from twisted.internet import protocol, reactor

LEXICON = "file:" + sys.argv[2]
PER_REQUEST = sys.argv[3] == "per-request"
shared = None if PER_REQUEST else SentimentIntensityAnalyzer(lexicon_file=LEXICON)


class Sentiment(protocol.Protocol):
    def dataReceived(self, data):
        analyzer = SentimentIntensityAnalyzer(lexicon_file=LEXICON) if PER_REQUEST else shared
        compound = analyzer.polarity_scores(data.decode("utf-8"))["compound"]
        self.transport.write(str(compound).encode("utf-8"))
        self.transport.loseConnection()


factory = protocol.ServerFactory()
factory.protocol = Sentiment
reactor.listenTCP(int(sys.argv[1]), factory, interface="127.0.0.1")
print("listening", flush=True)
reactor.run()
