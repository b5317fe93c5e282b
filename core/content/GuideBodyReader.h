#pragma once

#include "content/BlockSource.h"
#include "content/GuideVocabulary.h"
#include "model/Guide.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

struct cmark_node;

namespace ip {

// Walks the Markdown tree of a guide's body and fills the guide's requirement
// groups, categories, questions and conclusion. Sections are found by their
// heading text and nesting, never by fixed levels or positions (FORMAT.md).
// Keys are assigned later, once the guide's own key is known.
class GuideBodyReader {
    Q_DECLARE_TR_FUNCTIONS(GuideBodyReader)

public:
    GuideBodyReader(const SourceLines& lines, Guide& guide);

    void read(cmark_node* document);

    // The first level-1 heading, a fallback for the guide's title.
    const QString& firstTitleHeading() const { return m_firstTitle; }

private:
    enum class Section { None, Requirements, Questions, Conclusion, Skipped };

    // A block of a part, with the STAR field its leading bold label names
    // (read once, when the block is sorted into a part).
    struct PendingBlock {
        cmark_node* node = nullptr;
        std::optional<vocabulary::StarField> star;
    };

    struct PendingPart {
        QString name;
        cmark_node* labelParagraph = nullptr; // the block whose leading label is dropped
        QList<PendingBlock> blocks;           // in order, the label paragraph included
    };

    struct PendingQuestion {
        bool open = false;
        int level = 0;
        int headingLine = 0;
        int number = 0;
        QString prompt;
        QList<PendingPart> parts;
    };

    void onHeading(cmark_node* heading);
    void onBlock(cmark_node* block);
    void enterTopLevelSection(cmark_node* heading, const QString& text, int level);

    // Requirements
    void startGroup(const QString& name, int line);
    void readRequirementList(cmark_node* list, const QString& level);
    void readRequirementParagraph(cmark_node* paragraph);

    // Questions
    void startCategory(const QString& name, int level, int line);
    void warnAboutEmptySections();
    // split is what vocabulary::splitQuestionHeading made of the heading's text.
    void startQuestion(const vocabulary::NumberedPrompt& split, const QString& text, int level,
                       int line);
    void addQuestionBlock(cmark_node* block);
    void finishQuestion(bool atEndOfDocument);
    QuestionPart buildPart(const PendingPart& pending) const;
    StarFields readStarFields(const PendingPart& pending) const;

    void warn(int line, int column, const QString& message);

    BlockSource m_source;
    Guide& m_guide;
    QString m_firstTitle;

    Section m_section = Section::None;
    int m_sectionLevel = 0;
    QString m_sectionHeading;
    int m_groupIndex = -1;
    QString m_paragraphLevel; // set by a "**Required**:" paragraph inside a group
    QString m_category;
    int m_categoryLevel = 0;
    int m_nextNumber = 1;
    PendingQuestion m_question;
    QStringList m_conclusion;
    QList<int> m_groupLines;             // heading line of each requirement group
    QHash<QString, int> m_categoryLines; // heading line of each category
};

} // namespace ip
