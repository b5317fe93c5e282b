#include "services/StoryExporter.h"

#include "content/GuideJson.h"
#include "services/MarkdownText.h"
#include "services/OutputFile.h"
#include "services/PaperDocument.h"
#include "storage/LibraryRepository.h"
#include "storage/StoryRepository.h"

#include <QHash>
#include <QJsonDocument>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextBlockFormat>
#include <QTextCharFormat>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextList>
#include <memory>
#include <vector>

namespace ip {

namespace {

// Functions, not constants: the translation is installed after static
// initialisation.
QString untitledStory()
{
    return QCoreApplication::translate("StoryExporter", "Untitled story");
}

QString notWrittenYet()
{
    return QCoreApplication::translate("StoryExporter", "Not written yet.");
}

QString answersLabel()
{
    return QCoreApplication::translate("StoryExporter", "Answers:");
}

// What both formats print for a story, worked out once.
struct StoryText {
    QString title;
    QString tags;                             // "a, b", empty for none
    QList<std::pair<QString, QString>> parts; // heading, text (empty: not written)
    QStringList answers;
};

// A title is one line, whatever was pasted into it.
QString oneLine(const QString& text)
{
    return text.simplified();
}

// Finds questions by guide and question key across the guides.
class QuestionIndex {
public:
    explicit QuestionIndex(const QList<Guide>& guides)
    {
        for (const Guide& guide : guides) {
            for (const Question& question : guide.questions) {
                // The first guide holding a key wins, as documented.
                const QString key = lookupKey(guide.key, question.key);
                if (!m_questions.contains(key))
                    m_questions.insert(key, &question);
            }
        }
    }

    QString label(const QuestionRef& ref) const
    {
        const Question* question = m_questions.value(lookupKey(ref.guideKey, ref.questionKey));
        if (!question)
            return ref.questionKey;
        return QCoreApplication::translate("StoryExporter", "Question %1: %2")
            .arg(question->number)
            .arg(oneLine(question->prompt));
    }

private:
    static QString lookupKey(const QString& guideKey, const QString& questionKey)
    {
        return guideKey + u'\n' + questionKey;
    }

    QHash<QString, const Question*> m_questions;
};

StoryText storyText(const StarStory& story, const QuestionIndex& index)
{
    StoryText text;
    text.title = oneLine(story.title);
    if (text.title.isEmpty())
        text.title = untitledStory();
    text.tags = story.tags.join(QStringLiteral(", "));
    text.parts = {
        {QCoreApplication::translate("StoryExporter", "Situation"), story.situation.trimmed()},
        {QCoreApplication::translate("StoryExporter", "Task"), story.task.trimmed()},
        {QCoreApplication::translate("StoryExporter", "Action"), story.action.trimmed()},
        {QCoreApplication::translate("StoryExporter", "Result"), story.result.trimmed()}};
    for (const QuestionRef& question : story.questions)
        text.answers << index.label(question);
    return text;
}

QList<StoryText> storyTexts(const QList<StarStory>& stories, const QList<Guide>& guides)
{
    const QuestionIndex index(guides);
    QList<StoryText> texts;
    texts.reserve(stories.size());
    for (const StarStory& story : stories)
        texts << storyText(story, index);
    return texts;
}

QList<Guide> guideList(const Guide* guide)
{
    return guide ? QList<Guide>{*guide} : QList<Guide>{};
}

// Whole or not at all, and never over a device or a pipe (OutputFile).
Result<void> writeAtomically(const QString& path, const QByteArray& bytes)
{
    return OutputFile::write(path, bytes);
}

// --- PDF ---------------------------------------------------------------

// Type sizes in points; spacing is given in points too and turned into the
// layout's device pixels, so the page looks the same at any resolution.
constexpr qreal BodyPoints = PaperDocument::BodyPoints;
constexpr qreal TitlePoints = 18;
constexpr qreal HeadingPoints = 13;
constexpr qreal TagPoints = 10;

class StoryDocumentBuilder {
public:
    StoryDocumentBuilder(QTextDocument& document, qreal dotsPerInch)
        : m_cursor(&document), m_dpi(dotsPerInch)
    {
    }

    void build(const StoryText& story)
    {
        addBlock(story.title, spacing(0, 6), charFormat(TitlePoints, QFont::Bold));
        if (!story.tags.isEmpty()) {
            QTextCharFormat tags = charFormat(TagPoints, QFont::Normal);
            tags.setFontItalic(true);
            tags.setForeground(QColor(0x55, 0x55, 0x55));
            addBlock(QCoreApplication::translate("StoryExporter", "Tags: %1").arg(story.tags),
                     spacing(0, 4), tags);
        }
        for (const auto& [heading, body] : story.parts) {
            addBlock(heading, spacing(10, 4), charFormat(HeadingPoints, QFont::Bold));
            if (body.isEmpty()) {
                QTextCharFormat missing = charFormat(BodyPoints, QFont::Normal);
                missing.setFontItalic(true);
                addBlock(notWrittenYet(), spacing(0, 4), missing);
                continue;
            }
            addParagraphs(body);
        }
        if (story.answers.isEmpty())
            return;
        addBlock(answersLabel(), spacing(10, 4), charFormat(HeadingPoints, QFont::Bold));
        QTextListFormat list;
        list.setStyle(QTextListFormat::ListDisc);
        list.setIndent(1);
        for (qsizetype i = 0; i < story.answers.size(); ++i) {
            if (i == 0) {
                m_cursor.insertBlock(spacing(0, 2), charFormat(BodyPoints, QFont::Normal));
                m_cursor.createList(list);
            } else {
                m_cursor.insertBlock(); // stays in the list
            }
            m_cursor.insertText(story.answers.at(i), charFormat(BodyPoints, QFont::Normal));
        }
    }

private:
    qreal points(qreal pt) const { return pt * m_dpi / 72.0; }

    QTextBlockFormat spacing(qreal beforePoints, qreal afterPoints) const
    {
        QTextBlockFormat format;
        format.setTopMargin(points(beforePoints));
        format.setBottomMargin(points(afterPoints));
        return format;
    }

    static QTextCharFormat charFormat(qreal pointSize, QFont::Weight weight)
    {
        QTextCharFormat format;
        format.setFontPointSize(pointSize);
        format.setFontWeight(weight);
        return format;
    }

    void addBlock(const QString& text, const QTextBlockFormat& block,
                  const QTextCharFormat& character)
    {
        if (m_first) {
            m_cursor.setBlockFormat(block);
            m_cursor.setBlockCharFormat(character);
            m_first = false;
        } else {
            m_cursor.insertBlock(block, character);
        }
        // Plain text, never HTML: the user's words are printed as typed.
        m_cursor.insertText(text, character);
    }

    // Blank lines separate paragraphs; a single line break stays a line
    // break inside its paragraph.
    void addParagraphs(const QString& body)
    {
        static const QRegularExpression blankLine(QStringLiteral("\\n\\s*\\n"));
        const QStringList paragraphs = body.split(blankLine, Qt::SkipEmptyParts);
        for (QString paragraph : paragraphs) {
            paragraph = paragraph.trimmed();
            paragraph.replace(u'\n', QChar::LineSeparator);
            addBlock(paragraph, spacing(0, 6), charFormat(BodyPoints, QFont::Normal));
        }
    }

    QTextCursor m_cursor;
    qreal m_dpi;
    bool m_first = true;
};

// Draws each story as its own document, starting on a new page. Returns the
// number of pages drawn.
int paintStories(QPdfWriter& writer, QPainter& painter, const QList<StoryText>& stories)
{
    std::vector<std::unique_ptr<QTextDocument>> documents;
    QList<QTextDocument*> pages;
    for (const StoryText& story : stories) {
        documents.push_back(std::make_unique<QTextDocument>());
        QTextDocument& document = *documents.back();
        PaperDocument::prepare(document, writer);
        StoryDocumentBuilder(document, writer.resolution()).build(story);
        pages << &document;
    }
    return PaperDocument::paint(painter, writer, pages);
}

} // namespace

QString StoryExporter::questionLabel(const QuestionRef& question, const QList<Guide>& guides)
{
    return QuestionIndex(guides).label(question);
}

Result<StoryCollection> StoryExporter::load(Database& database)
{
    auto stories = StoryRepository(database).all();
    if (!stories)
        return stories.error();
    StoryCollection collection;
    collection.stories = std::move(stories).value();
    if (const auto entries = LibraryRepository(database).all(); entries.ok())
        collection.guides = guidesFromLibrary(entries.value());
    return collection;
}

QList<Guide> StoryExporter::guidesFromLibrary(const QList<LibraryEntry>& entries)
{
    QList<Guide> guides;
    for (const LibraryEntry& entry : entries) {
        const QJsonDocument snapshot = QJsonDocument::fromJson(entry.snapshot);
        if (snapshot.isObject())
            guides << GuideJson::fromJson(snapshot.object());
    }
    return guides;
}

QString StoryExporter::toMarkdown(const QList<StarStory>& stories, const QList<Guide>& guides)
{
    QStringList blocks;
    for (const StoryText& story : storyTexts(stories, guides)) {
        // The title, tags and question labels are the user's and the guide's
        // words, not Markdown; the four parts are written as the user typed
        // them, so lists and emphasis they wrote stay lists and emphasis.
        QString text = QStringLiteral("# ") + markdownText(story.title) + u'\n';
        if (!story.tags.isEmpty())
            text += u'\n' + tr("Tags: %1").arg(markdownText(oneLine(story.tags))) + u'\n';
        for (const auto& [heading, body] : story.parts) {
            text += QStringLiteral("\n## ") + heading + QStringLiteral("\n\n");
            text += (body.isEmpty() ? u'_' + notWrittenYet() + u'_' : body) + u'\n';
        }
        if (!story.answers.isEmpty()) {
            text += u'\n' + answersLabel() + QStringLiteral("\n\n");
            for (const QString& answer : story.answers)
                text += QStringLiteral("- ") + markdownText(answer) + u'\n';
        }
        blocks << text;
    }
    return blocks.join(u'\n');
}

QString StoryExporter::toMarkdown(const QList<StarStory>& stories, const Guide* guide)
{
    return toMarkdown(stories, guideList(guide));
}

Result<void> StoryExporter::writeMarkdown(const QString& path, const QList<StarStory>& stories,
                                          const QList<Guide>& guides)
{
    return writeAtomically(path, toMarkdown(stories, guides).toUtf8());
}

Result<void> StoryExporter::writeMarkdown(const QString& path, const QList<StarStory>& stories,
                                          const Guide* guide)
{
    return writeMarkdown(path, stories, guideList(guide));
}

Result<int> StoryExporter::writePdf(const QString& path, const QList<StarStory>& stories,
                                    const QList<Guide>& guides)
{
    if (stories.isEmpty())
        return makeError(ErrorKind::InvalidInput,
                         tr("There are no stories to export; nothing was written."));
    const QList<StoryText> texts = storyTexts(stories, guides);
    return PaperDocument::writeA4Pdf(path, tr("STAR stories"),
                                     [&](QPdfWriter& writer, QPainter& painter) -> Result<int> {
                                         return paintStories(writer, painter, texts);
                                     });
}

Result<int> StoryExporter::writePdf(const QString& path, const QList<StarStory>& stories,
                                    const Guide* guide)
{
    return writePdf(path, stories, guideList(guide));
}

} // namespace ip
