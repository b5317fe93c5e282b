// What the user types into a search field becomes an FTS5 query that finds
// prefixes, phrases and leaves out -words, and never an FTS5 syntax error.
#include "services/SearchQuery.h"

#include <QTest>

using namespace ip;

class SearchQueryTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void readsWhatWasTyped_data();
    void readsWhatWasTyped();
    void splitsWhatIsWantedFromWhatIsLeftOut_data();
    void splitsWhatIsWantedFromWhatIsLeftOut();
};

void SearchQueryTest::readsWhatWasTyped_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("fts5");

    QTest::newRow("nothing") << ""
                             << "";
    QTest::newRow("blanks") << "   \t "
                            << "";
    QTest::newRow("one word is a prefix") << "kube"
                                          << "(\"kube\"*)";
    QTest::newRow("every word must be found") << "rolling  update"
                                              << "(\"rolling\"* \"update\"*)";
    QTest::newRow("a phrase") << "\"rolling update\" k8s"
                              << "(\"k8s\"* \"rolling update\")";
    QTest::newRow("a closed phrase is whole") << "\"rolling upd\""
                                              << "(\"rolling upd\")";
    QTest::newRow("a single letter is a word") << "R"
                                               << "(\"R\")";
    QTest::newRow("a phrase being typed on a single letter") << "\"rolling u"
                                                             << "(\"rolling u\")";
    QTest::newRow("a closed phrase before an open exclusion") << "\"a b\" -\"cd"
                                                              << "(\"a b\") NOT \"cd\"";
    QTest::newRow("a phrase still being typed") << "\"rolling upd"
                                                << "(\"rolling upd\"*)";
    QTest::newRow("leaving a word out") << "deploy -canary"
                                        << "(\"deploy\"*) NOT \"canary\"";
    QTest::newRow("leaving a phrase out") << "deploy -\"blue green\""
                                          << "(\"deploy\"*) NOT \"blue green\"";
    QTest::newRow("only leaving out looks for nothing") << "-canary"
                                                        << "";
    QTest::newRow("a lone minus is no exclusion") << "a - b"
                                                  << "(\"a\" \"b\")";
    QTest::newRow("hyphenated word") << "e-mail"
                                     << "(\"e-mail\"*)";
    QTest::newRow("FTS5 operators are words") << "NOT OR AND NEAR"
                                              << "(\"NOT\"* \"OR\"* \"AND\"* \"NEAR\"*)";
    QTest::newRow("FTS5 syntax is quoted") << "a* (b) c:d ^e"
                                           << "(\"a*\" \"(b)\" \"c:d\"* \"^e\")";
    QTest::newRow("a quote inside a word ends it") << "ab\"cd ef\""
                                                   << "(\"ab\"* \"cd ef\")";
    QTest::newRow("punctuation alone is dropped") << "++ ... \"\" -- ?"
                                                  << "";
    QTest::newRow("C++ is looked for as C") << "C++"
                                            << "(\"C++\")";
    QTest::newRow("diacritics are kept for the tokenizer") << "résumé"
                                                           << "(\"résumé\"*)";
}

void SearchQueryTest::readsWhatWasTyped()
{
    QFETCH(QString, typed);
    QFETCH(QString, fts5);
    const SearchQuery query = SearchQuery::parse(typed);
    QCOMPARE(query.toFts5(), fts5);
    QCOMPARE(query.isEmpty(), fts5.isEmpty());
}

// The question filter asks for each half on its own, in the prompt and text
// columns: what is left out is left out by question, not by document.
void SearchQueryTest::splitsWhatIsWantedFromWhatIsLeftOut_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("wanted");
    QTest::addColumn<QString>("excluded");

    QTest::newRow("words only") << "kube pod"
                                << "({title body} : (\"kube\"* \"pod\"*))"
                                << "";
    QTest::newRow("words left out") << "kube -helm -\"stateful set\""
                                    << "({title body} : (\"kube\"*))"
                                    << "({title body} : (\"helm\" OR \"stateful set\"))";
    QTest::newRow("only words left out") << "-java"
                                         << ""
                                         << "({title body} : (\"java\"))";
}

void SearchQueryTest::splitsWhatIsWantedFromWhatIsLeftOut()
{
    QFETCH(QString, typed);
    QFETCH(QString, wanted);
    QFETCH(QString, excluded);
    const SearchQuery query = SearchQuery::parse(typed);
    const QStringList columns = {QStringLiteral("title"), QStringLiteral("body")};
    QCOMPARE(query.wantedToFts5(columns), wanted);
    QCOMPARE(query.excludedToFts5(columns), excluded);
    QCOMPARE(query.excludes(), !excluded.isEmpty());
}

QTEST_GUILESS_MAIN(SearchQueryTest)
#include "tst_search_query.moc"
