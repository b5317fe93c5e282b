#pragma once

// Guides made up for the benchmarks: a hundred questions each, in a made-up
// language whose word frequencies and shared prefixes are like real text's.
// Used by bench/search (search over a library) and bench/start (the start
// with a library of 100 guides).
#include "model/Guide.h"

#include <QRandomGenerator>
#include <QStringList>

namespace ip::bench {

constexpr int QuestionsPerGuide = 100;

// A language of a few thousand words, some far more common than others, as
// in real text: made of syllables, so prefixes are shared the way English
// words share them. The words the queries type are among them.
class Vocabulary {
public:
    Vocabulary()
    {
        const QStringList syllables = {
            QStringLiteral("ka"),  QStringLiteral("lo"),  QStringLiteral("mi"),
            QStringLiteral("ne"),  QStringLiteral("ru"),  QStringLiteral("ta"),
            QStringLiteral("shi"), QStringLiteral("po"),  QStringLiteral("de"),
            QStringLiteral("vi"),  QStringLiteral("gra"), QStringLiteral("str"),
            QStringLiteral("on"),  QStringLiteral("el"),  QStringLiteral("ix"),
            QStringLiteral("ment")};
        QRandomGenerator random(7);
        for (int i = 0; i < 4000; ++i) {
            QString word;
            const int parts = 2 + random.bounded(3);
            for (int p = 0; p < parts; ++p)
                word += syllables.at(random.bounded(int(syllables.size())));
            m_words << word;
        }
        // Common words at the front, where the skewed pick lands most.
        m_words =
            QStringList{QStringLiteral("the"),  QStringLiteral("model"), QStringLiteral("feature"),
                        QStringLiteral("data"), QStringLiteral("team"),  QStringLiteral("drift")} +
            m_words + QStringList{QStringLiteral("kolmogorov"), QStringLiteral("résumé")};
    }

    QString sentence(QRandomGenerator& random, int count) const
    {
        QStringList picked;
        for (int i = 0; i < count; ++i) {
            // Squared: a few words often, most of them rarely.
            const double x = random.generateDouble();
            picked << m_words.at(qsizetype(x * x * double(m_words.size() - 1)));
        }
        return picked.join(u' ');
    }

private:
    QStringList m_words;
};

inline Guide makeGuide(int number, const Vocabulary& words, QRandomGenerator& random)
{
    Guide guide;
    guide.key = QStringLiteral("guide-%1").arg(number);
    guide.title = QStringLiteral("Guide %1").arg(number);
    for (int i = 0; i < QuestionsPerGuide; ++i) {
        Question q;
        q.key = guide.key + QStringLiteral("/q%1").arg(i);
        q.number = i + 1;
        q.category = QStringLiteral("Category %1").arg(i % 6);
        q.prompt = words.sentence(random, 12) + u'?';
        q.parts = {{PartName::Answer, words.sentence(random, 250), {}, {}},
                   {PartName::ExampleScenario, words.sentence(random, 60), {}, {}},
                   {PartName::CommonPitfalls, words.sentence(random, 30), {}, {}},
                   {PartName::FollowUpPoints, words.sentence(random, 30), {}, {}}};
        guide.questions << q;
    }
    return guide;
}

} // namespace ip::bench
