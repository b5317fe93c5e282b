// A guide with the candidate's work as a study sheet: the exact Markdown for
// each kind of progress, note and bookmark, text that is not Markdown shown
// as typed, and the same sheet laid out on paper.
#include "PdfText.h"
#include "content/GuideParser.h"
#include "content/MarkdownRenderer.h"
#include "services/PaperDocument.h"
#include "services/StudySheet.h"
#include "services/StudySheetDocument.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QFile>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextDocument>
#include <QTextLayout>
#include <cmath>

using ip::GuideWork;
using ip::RequirementStatus;
using ip::StudySheet;

namespace {

const QString GuideKey = QStringLiteral("ml-engineer");

ip::Requirement requirement(const QString& key, const QString& title, const QString& level)
{
    ip::Requirement item;
    item.key = GuideKey + u'/' + key;
    item.title = title;
    item.level = level;
    return item;
}

ip::Question question(const QString& key, int number, const QString& category,
                      const QString& prompt)
{
    ip::Question q;
    q.key = GuideKey + u'/' + key;
    q.number = number;
    q.category = category;
    q.prompt = prompt;
    q.parts = {{ip::PartName::Answer, QStringLiteral("High variance.\n\n- Regularise"), {}, {}},
               {ip::PartName::CommonPitfalls, QStringLiteral("Tuning on the test set."), {}, {}}};
    return q;
}

// A guide with one certification, one question in each of two categories,
// and no work on it yet.
GuideWork smallGuide()
{
    GuideWork work;
    ip::Guide& guide = work.guide;
    guide.key = GuideKey;
    guide.title = QStringLiteral("ML Engineer");
    guide.metadata.description = QStringLiteral("For machine learning roles.");
    ip::RequirementGroup certifications;
    certifications.name = QStringLiteral("Certifications");
    certifications.items = {requirement(QStringLiteral("aws"), QStringLiteral("AWS ML Specialty"),
                                        QStringLiteral("required"))};
    guide.requirementGroups = {certifications};
    guide.categories = {QStringLiteral("Technical"), QStringLiteral("Behavioral")};
    guide.questions = {question(QStringLiteral("overfitting"), 1, QStringLiteral("Technical"),
                                QStringLiteral("What is overfitting?")),
                       question(QStringLiteral("conflict"), 2, QStringLiteral("Behavioral"),
                                QStringLiteral("Tell me about a conflict."))};
    return work;
}

ip::RequirementProgress progress(RequirementStatus status)
{
    ip::RequirementProgress p;
    p.guideKey = GuideKey;
    p.requirementKey = GuideKey + QStringLiteral("/aws");
    p.status = status;
    return p;
}

ip::QuestionNote note(const QString& key, const QString& markdown, bool bookmarked)
{
    return ip::QuestionNote{GuideKey, GuideKey + u'/' + key, markdown, bookmarked, {}};
}

const QString SmallSheet = QStringLiteral("# ML Engineer\n"
                                          "\n"
                                          "For machine learning roles.\n"
                                          "\n"
                                          "- Requirements done: 0 of 1\n"
                                          "- Questions bookmarked: 0 of 2\n"
                                          "- Questions with your notes: 0 of 2\n"
                                          "\n"
                                          "## Requirements\n"
                                          "\n"
                                          "### Certifications\n"
                                          "\n"
                                          "- [ ] **AWS ML Specialty** (Required)\\\n"
                                          "  Status: Not started\n"
                                          "\n"
                                          "## Questions\n"
                                          "\n"
                                          "### Technical\n"
                                          "\n"
                                          "#### Question 1: What is overfitting?\n"
                                          "\n"
                                          "##### Answer\n"
                                          "\n"
                                          "High variance.\n"
                                          "\n"
                                          "- Regularise\n"
                                          "\n"
                                          "##### Common Pitfalls\n"
                                          "\n"
                                          "Tuning on the test set.\n"
                                          "\n"
                                          "### Behavioral\n"
                                          "\n"
                                          "#### Question 2: Tell me about a conflict.\n"
                                          "\n"
                                          "##### Answer\n"
                                          "\n"
                                          "High variance.\n"
                                          "\n"
                                          "- Regularise\n"
                                          "\n"
                                          "##### Common Pitfalls\n"
                                          "\n"
                                          "Tuning on the test set.\n");

// The lines a reader sees: the sheet rendered as the app renders Markdown.
QStringList renderedLines(const QString& markdown)
{
    QTextDocument rendered;
    rendered.setHtml(ip::MarkdownRenderer::toHtml(markdown));
    return rendered.toPlainText().split(u'\n');
}

GuideWork shippedGuideWithNotes()
{
    GuideWork work;
    work.guide =
        ip::GuideParser::parseFile(QStringLiteral(IP_SOURCE_DIR "/content/ml-engineer.md"));
    for (qsizetype i = 0; i < work.guide.questions.size(); i += 3) {
        const ip::Question& q = work.guide.questions.at(i);
        work.notes.insert(q.key, ip::QuestionNote{work.guide.key,
                                                  q.key,
                                                  QStringLiteral("My own note on question %1:\n\n"
                                                                 "- say it in two sentences\n"
                                                                 "- then the example")
                                                      .arg(q.number),
                                                  i % 2 == 0,
                                                  {}});
    }
    return work;
}

// What a reader on paper should never see: a heading at the foot of a page
// with its text on the next, or a line cut in two. Returns the first found.
QString badPageBreak(QTextDocument& document, const QList<ip::PaperDocument::Span>& spans)
{
    auto pageOf = [&](qreal y) {
        for (qsizetype i = 0; i < spans.size(); ++i) {
            if (y >= spans.at(i).top - 0.01 && y < spans.at(i).bottom - 0.01)
                return int(i);
        }
        return -1;
    };
    auto lineTop = [&](const QTextBlock& block, int index) {
        const QTextLayout* layout = block.layout();
        const qreal origin = document.documentLayout()->blockBoundingRect(block).top() -
                             layout->boundingRect().top();
        return origin + layout->lineAt(index).y();
    };
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        const QTextLayout* layout = block.layout();
        for (int i = 0; i < layout->lineCount(); ++i) {
            const qreal top = lineTop(block, i);
            if (pageOf(top) != pageOf(top + layout->lineAt(i).height() - 0.02))
                return QStringLiteral("a line cut in two: ") + block.text();
        }
        if (block.blockFormat().headingLevel() == 0 || layout->lineCount() == 0)
            continue;
        QTextBlock next = block.next();
        while (next.isValid() && next.layout()->lineCount() == 0)
            next = next.next();
        if (next.isValid() &&
            pageOf(lineTop(block, layout->lineCount() - 1)) != pageOf(lineTop(next, 0)))
            return QStringLiteral("a heading left at a page's foot: ") + block.text();
    }
    return {};
}

} // namespace

class StudySheetTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void wholeSheetOfAGuideWithNoWork();
    void sheetHolds_data();
    void sheetHolds();
    void textThatIsNotMarkdownShowsAsTyped_data();
    void textThatIsNotMarkdownShowsAsTyped();
    void sameWorkGivesTheSameSheet();
    void fileNames_data();
    void fileNames();
    void paperKeepsHeadingsWithTheirText_data();
    void paperKeepsHeadingsWithTheirText();
    void paperPagesAndText();
    void printHonoursPageRanges();
    void pdfOfTheShippedGuide();
};

void StudySheetTest::wholeSheetOfAGuideWithNoWork()
{
    QCOMPARE(StudySheet::toMarkdown(smallGuide()), SmallSheet);
}

void StudySheetTest::sheetHolds_data()
{
    QTest::addColumn<GuideWork>("work");
    QTest::addColumn<QStringList>("present");
    QTest::addColumn<QStringList>("absent");

    const QString item = QStringLiteral("- [%1] **AWS ML Specialty** (Required)\\\n  %2\n");
    {
        GuideWork work = smallGuide();
        QTest::newRow("not started")
            << work
            << QStringList{item.arg(QStringLiteral(" ")).arg(QStringLiteral("Status: Not started"))}
            << QStringList{QStringLiteral("Evidence:")};
    }
    {
        GuideWork work = smallGuide();
        ip::RequirementProgress p = progress(RequirementStatus::Planned);
        p.targetDate = QDate(2026, 6, 30);
        work.progress.insert(p.requirementKey, p);
        QTest::newRow("planned with a target")
            << work
            << QStringList{item.arg(QStringLiteral(" "))
                               .arg(QStringLiteral("Status: Planned · Target: 2026-06-30"))}
            << QStringList{QStringLiteral("Completed:")};
    }
    {
        GuideWork work = smallGuide();
        ip::RequirementProgress p = progress(RequirementStatus::InProgress);
        p.evidence = QStringLiteral("Course: module 3 of 5");
        work.progress.insert(p.requirementKey, p);
        QTest::newRow("in progress with evidence")
            << work
            << QStringList{item.arg(QStringLiteral(" "))
                               .arg(QStringLiteral(
                                   "Status: In progress\\\n  Evidence: Course: module 3 of 5"))}
            << QStringList{};
    }
    {
        GuideWork work = smallGuide();
        ip::RequirementProgress p = progress(RequirementStatus::Done);
        p.targetDate = QDate(2026, 3, 31);
        p.completedDate = QDate(2026, 3, 1);
        p.evidence = QStringLiteral("Credential <AWS-123>\nhttps://example.invalid/c?id=1&x=2");
        work.progress.insert(p.requirementKey, p);
        QTest::newRow("done with dates and evidence of two lines")
            << work
            << QStringList{item.arg(QStringLiteral("x"))
                               .arg(QStringLiteral(
                                   "Status: Done · Target: 2026-03-31 · Completed: 2026-03-01\\\n"
                                   "  Evidence: Credential &lt;AWS-123&gt;\\\n"
                                   "  https://example.invalid/c?id=1&x=2")),
                           QStringLiteral("- Requirements done: 1 of 1\n")}
            << QStringList{};
    }
    {
        GuideWork work = smallGuide();
        work.progress.insert(GuideKey + QStringLiteral("/aws"),
                             progress(RequirementStatus::NotApplicable));
        QTest::newRow("not applicable")
            << work
            << QStringList{item.arg(QStringLiteral(" "))
                               .arg(QStringLiteral("Status: Not applicable"))}
            << QStringList{QStringLiteral("- [x]")};
    }
    {
        GuideWork work = smallGuide();
        const ip::QuestionNote n = note(QStringLiteral("overfitting"), QString(), true);
        work.notes.insert(n.questionKey, n);
        QTest::newRow("bookmarked, no note")
            << work
            << QStringList{QStringLiteral(
                               "#### Question 1: What is overfitting?\n\n★ Bookmarked\n\n"
                               "##### Answer\n"),
                           QStringLiteral("- Questions bookmarked: 1 of 2\n"),
                           QStringLiteral("- Questions with your notes: 0 of 2\n")}
            << QStringList{QStringLiteral("My notes")};
    }
    {
        GuideWork work = smallGuide();
        const ip::QuestionNote n = note(QStringLiteral("conflict"),
                                        QStringLiteral("  Use the **launch** story:\n\n"
                                                       "1. situation\n2. result <b>big</b>\n\n"),
                                        false);
        work.notes.insert(n.questionKey, n);
        QTest::newRow("note in Markdown, after the parts")
            << work
            << QStringList{QStringLiteral("Tuning on the test set.\n\n##### My notes\n\n"
                                          "Use the **launch** story:\n\n"
                                          "1. situation\n2. result <b>big</b>\n"),
                           QStringLiteral("- Questions with your notes: 1 of 2\n")}
            << QStringList{QStringLiteral("Bookmarked")};
    }
    {
        GuideWork work = smallGuide();
        ip::ReviewSchedule schedule;
        schedule.questionKey = GuideKey + QStringLiteral("/overfitting");
        schedule.reviews = 3;
        schedule.lapses = 1;
        schedule.dueAt = QDateTime(QDate(2026, 12, 10), QTime(0, 0), Qt::UTC);
        work.schedules.insert(schedule.questionKey, schedule);
        ip::ReviewSchedule once = schedule;
        once.questionKey = GuideKey + QStringLiteral("/conflict");
        once.reviews = 1;
        once.lapses = 0;
        work.schedules.insert(once.questionKey, once);
        QTest::newRow("practised")
            << work
            << QStringList{QStringLiteral("What is overfitting?\n\nPractised 3 times; due again on "
                                          "2026-12-10. Forgotten once.\n"),
                           QStringLiteral(
                               "conflict.\n\nPractised once; due again on 2026-12-10.\n")}
            << QStringList{};
    }
    {
        GuideWork work = smallGuide();
        const ip::QuestionNote orphan =
            note(QStringLiteral("removed-question"), QStringLiteral("Still mine."), false);
        work.notes.insert(orphan.questionKey, orphan);
        QTest::newRow("note on a question the guide lost")
            << work
            << QStringList{QStringLiteral("\n## Notes on questions no longer in this guide\n\n"
                                          "### ml-engineer/removed-question\n\nStill mine.\n")}
            << QStringList{QStringLiteral("My notes")};
    }
    {
        GuideWork work;
        work.guide.key = QStringLiteral("empty");
        work.guide.title = QStringLiteral("Empty");
        QTest::newRow("empty guide")
            << work
            << QStringList{QStringLiteral(
                   "# Empty\n\n_This guide has no requirements and no questions._\n")}
            << QStringList{QStringLiteral("## Requirements"), QStringLiteral("## Questions"),
                           QStringLiteral("Questions bookmarked")};
    }
    {
        GuideWork work = smallGuide();
        work.guide.requirementGroups.clear();
        QTest::newRow("no requirements, no notes")
            << work << QStringList{QStringLiteral("## Questions\n")}
            << QStringList{QStringLiteral("## Requirements"), QStringLiteral("My notes"),
                           QStringLiteral("Requirements done")};
    }
    {
        GuideWork work = smallGuide();
        work.guide.questions[1].parts.clear();
        QTest::newRow("question without parts")
            << work
            << QStringList{QStringLiteral("conflict.\n\n_The guide gives no answer here._\n")}
            << QStringList{};
    }
}

void StudySheetTest::sheetHolds()
{
    QFETCH(GuideWork, work);
    QFETCH(QStringList, present);
    QFETCH(QStringList, absent);
    const QString markdown = StudySheet::toMarkdown(work);
    for (const QString& text : present)
        QVERIFY2(markdown.contains(text),
                 qPrintable(text + QStringLiteral("\n--- in ---\n") + markdown));
    for (const QString& text : absent)
        QVERIFY2(!markdown.contains(text),
                 qPrintable(text + QStringLiteral("\n--- in ---\n") + markdown));
}

void StudySheetTest::textThatIsNotMarkdownShowsAsTyped_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("comparison") << QStringLiteral("Precision < recall * 2");
    QTest::newRow("html") << QStringLiteral("<b>bold</b> <script>x</script>");
    QTest::newRow("emphasis") << QStringLiteral("*not* _emphasis_ **here**");
    QTest::newRow("heading mark") << QStringLiteral("# Not a heading #");
    QTest::newRow("list start") << QStringLiteral("- not a list");
    QTest::newRow("ordered") << QStringLiteral("1. not a list");
    QTest::newRow("link") << QStringLiteral("[x](https://example.invalid)");
    QTest::newRow("csharp") << QStringLiteral("C# & F#");
}

void StudySheetTest::textThatIsNotMarkdownShowsAsTyped()
{
    QFETCH(QString, text);
    GuideWork work = smallGuide();
    work.guide.title = text;
    work.guide.requirementGroups[0].name = text;
    work.guide.requirementGroups[0].items[0].title = text;
    work.guide.categories[0] = text;
    work.guide.questions[0].category = text;
    work.guide.questions[0].prompt = text;
    ip::RequirementProgress p = progress(RequirementStatus::Done);
    p.evidence = text;
    work.progress.insert(p.requirementKey, p);
    const QString markdown = StudySheet::toMarkdown(work);
    const QStringList lines = renderedLines(markdown);

    QVERIFY2(lines.first() == text, qPrintable(markdown));
    QVERIFY2(lines.count(text) >= 3, qPrintable(lines.join(u'\n'))); // title, group, category
    QVERIFY2(lines.contains(QStringLiteral("Question 1: ") + text), qPrintable(markdown));
    QVERIFY2(lines.contains(QStringLiteral("Evidence: ") + text), qPrintable(markdown));
    // The requirement's title is the item's first line, after the box.
    QVERIFY2(std::any_of(lines.cbegin(), lines.cend(),
                         [&](const QString& line) { return line.endsWith(text); }),
             qPrintable(markdown));
    // Still one guide heading.
    QCOMPARE(markdown.count(
                 QRegularExpression(QStringLiteral("^# "), QRegularExpression::MultilineOption)),
             1);
}

void StudySheetTest::sameWorkGivesTheSameSheet()
{
    // The notes are kept in a hash; inserted in another order (as a
    // database may return them) they give the same sheet, byte for byte.
    GuideWork forward = smallGuide();
    GuideWork backward = smallGuide();
    const QList<ip::QuestionNote> notes = {
        note(QStringLiteral("overfitting"), QStringLiteral("one"), true),
        note(QStringLiteral("gone-a"), QStringLiteral("two"), false),
        note(QStringLiteral("gone-b"), QStringLiteral("three"), false),
        note(QStringLiteral("conflict"), QStringLiteral("four"), false)};
    for (qsizetype i = 0; i < notes.size(); ++i) {
        forward.notes.insert(notes.at(i).questionKey, notes.at(i));
        const ip::QuestionNote& other = notes.at(notes.size() - 1 - i);
        backward.notes.insert(other.questionKey, other);
    }
    const QString sheet = StudySheet::toMarkdown(forward);
    QCOMPARE(StudySheet::toMarkdown(backward), sheet);
    QVERIFY(sheet.indexOf(u"ml-engineer/gone-a") < sheet.indexOf(u"ml-engineer/gone-b"));
}

void StudySheetTest::fileNames_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("name");
    QTest::newRow("slug") << QStringLiteral("machine-learning-engineer")
                          << QStringLiteral("machine-learning-engineer.md");
    QTest::newRow("slash") << QStringLiteral("../etc/passwd")
                           << QStringLiteral("guide..-etc-passwd.md");
    QTest::newRow("hidden") << QStringLiteral(".hidden") << QStringLiteral("guide.hidden.md");
    QTest::newRow("empty") << QString() << QStringLiteral("guide.md");
    QTest::newRow("accent") << QStringLiteral("données") << QStringLiteral("donn-es.md");
}

void StudySheetTest::fileNames()
{
    QFETCH(QString, key);
    QFETCH(QString, name);
    QCOMPARE(StudySheet::fileName(key), name);
}

void StudySheetTest::paperKeepsHeadingsWithTheirText_data()
{
    QTest::addColumn<int>("pageHeightMillimetres");
    // Different heights put the page ends in different places.
    for (int height : {257, 200, 150, 123, 97})
        QTest::addRow("%d mm", height) << height;
}

void StudySheetTest::paperKeepsHeadingsWithTheirText()
{
    QFETCH(int, pageHeightMillimetres);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setResolution(300);
    const auto document = ip::StudySheetDocument::layOut(shippedGuideWithNotes(), writer);
    const qreal pageHeight = pageHeightMillimetres * 300 / 25.4;
    const QList<ip::PaperDocument::Span> spans =
        ip::PaperDocument::pageSpans(*document, pageHeight);
    QVERIFY(spans.size() > 10);
    QCOMPARE(badPageBreak(*document, spans), QString());
    // The pages follow on from each other, none taller than a page.
    for (qsizetype i = 0; i < spans.size(); ++i) {
        QVERIFY(spans.at(i).bottom - spans.at(i).top <= pageHeight + 0.01);
        if (i > 0)
            QCOMPARE(spans.at(i).top, spans.at(i - 1).bottom);
    }
    QCOMPARE(spans.last().bottom, document->documentLayout()->documentSize().height());
    // Headings are headings on paper too (the sheet's structure survives).
    int questionHeadings = 0;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next())
        questionHeadings += block.blockFormat().headingLevel() == 4 ? 1 : 0;
    QCOMPARE(questionHeadings, 85);
}

void StudySheetTest::paperPagesAndText()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A4));
    const GuideWork work = shippedGuideWithNotes();
    const auto document = ip::StudySheetDocument::layOut(work, writer);
    const QString text = document->toPlainText();
    QVERIFY(text.startsWith(work.guide.title));
    for (const ip::Question& q : work.guide.questions)
        QVERIFY2(text.contains(QStringLiteral("Question %1: %2").arg(q.number).arg(q.prompt)),
                 qPrintable(q.prompt));
    QVERIFY(text.contains(QStringLiteral("My own note on question 1:")));
    QVERIFY(text.contains(QStringLiteral("★ Bookmarked")));
    QVERIFY(text.contains(QStringLiteral("Common Pitfalls")));
}

void StudySheetTest::printHonoursPageRanges()
{
    // What the print dialog's "pages 2-3" does on a printer, on a PDF
    // writer (both are paged devices).
    QBuffer all;
    all.open(QIODevice::WriteOnly);
    QPdfWriter whole(&all);
    const auto printed = ip::StudySheetDocument::print({smallGuide(), smallGuide()}, whole);
    QVERIFY2(printed.ok(), printed.ok() ? "" : qPrintable(printed.error().message));
    QCOMPARE(printed.value(), 2); // each guide from a new page

    QBuffer some;
    some.open(QIODevice::WriteOnly);
    QPdfWriter ranged(&some);
    QPageRanges ranges;
    ranges.addPage(2);
    ranged.setPageRanges(ranges);
    const auto second = ip::StudySheetDocument::print({smallGuide(), smallGuide()}, ranged);
    QVERIFY(second.ok());
    QCOMPARE(second.value(), 1);

    QBuffer none;
    none.open(QIODevice::WriteOnly);
    QPdfWriter empty(&none);
    const auto nothing = ip::StudySheetDocument::print({}, empty);
    QVERIFY(!nothing.ok());
    QCOMPARE(nothing.error().kind, ip::ErrorKind::InvalidInput);
}

void StudySheetTest::pdfOfTheShippedGuide()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("ml-engineer.pdf"));
    const GuideWork work = shippedGuideWithNotes();
    const auto pages = ip::StudySheetDocument::writePdf(path, {work});
    QVERIFY2(pages.ok(), pages.ok() ? "" : qPrintable(pages.error().message));
    // 85 questions with four parts each, on A4 in 11 point type.
    QVERIFY2(pages.value() >= 40 && pages.value() <= 160,
             qPrintable(QString::number(pages.value())));

    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pdf.count("/Type /Page\n"), qsizetype(pages.value()));

    // What a reader extracts: the guide's words and the candidate's.
    const QString text = ip::test::PdfText::extract(pdf);
    QVERIFY2(text.startsWith(work.guide.title), qPrintable(text.left(200)));
    // A prompt may wrap onto a second line (after a hyphen, too).
    const auto unwrapped = [](QString t) {
        return t.remove(QRegularExpression(QStringLiteral("\\s+")));
    };
    const QString words = unwrapped(text);
    for (const ip::Question& q : work.guide.questions)
        QVERIFY2(words.contains(unwrapped(q.prompt)), qPrintable(q.prompt));
    QVERIFY(text.contains(QStringLiteral("My own note on question 1:")));
    QVERIFY(text.contains(QStringLiteral("Common Pitfalls")));
    QVERIFY(text.contains(QStringLiteral("Page 1 of %1\n").arg(pages.value())));
    QVERIFY(text.contains(QStringLiteral("Page %1 of %1\n").arg(pages.value())));
}

QTEST_MAIN(StudySheetTest)
#include "tst_study_sheet.moc"
