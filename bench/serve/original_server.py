# The server Sentigrid's `serve --protocol compat` replaces, as the original design had it: Twisted and
# NLTK's VADER, one sentence per connection, the compound score back, then the connection closes. It
# answers whatever its first read returns. Only for bench/serve-compat.sh; not part of Sentigrid.
#
#   python3 original_server.py PORT LEXICON_FILE
import sys

from nltk.sentiment.vader import SentimentIntensityAnalyzer
from twisted.internet import protocol, reactor

analyzer = SentimentIntensityAnalyzer(lexicon_file="file:" + sys.argv[2])


class Sentiment(protocol.Protocol):
    def dataReceived(self, data):
        compound = analyzer.polarity_scores(data.decode("utf-8"))["compound"]
        self.transport.write(str(compound).encode("utf-8"))
        self.transport.loseConnection()


factory = protocol.ServerFactory()
factory.protocol = Sentiment
reactor.listenTCP(int(sys.argv[1]), factory, interface="127.0.0.1")
print("listening", flush=True)
reactor.run()
