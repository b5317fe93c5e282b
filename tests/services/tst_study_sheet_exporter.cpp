// Study sheets read from a real data folder (SQLite in a temporary folder):
// the library's guides with the notes, bookmarks, progress and practice
// stored beside them, written as one file, a folder of files or a PDF.
#include "PdfText.h"
#include "VerifyOk.h"
#include "content/GuideJson.h"
#include "services/PracticeService.h"
#include "services/QuestionNotes.h"
#include "services/RequirementProgressService.h"
#include "services/StudyData.h"
#include "services/StudySheetDocument.h"
#include "services/StudySheetExporter.h"
#include "storage/Database.h"
#include "storage/LibraryRepository.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using ip::ErrorKind;
using ip::GuideWork;
using ip::StudySheetExporter;

namespace {

ip::Guide guide(const QString& key, const QString& title)
{
    ip::Guide g;
    g.key = key;
    g.title = title;
    ip::RequirementGroup group;
    group.name = QStringLiteral("Certifications");
    ip::Requirement cert;
    cert.key = key + QStringLiteral("/cert");
    cert.title = QStringLiteral("Cloud ML Certificate");
    cert.level = QStringLiteral("required");
    group.items = {cert};
    g.requirementGroups = {group};
    g.categories = {QStringLiteral("Technical")};
    for (int i = 1; i <= 3; ++i) {
        ip::Question q;
        q.key = key + QStringLiteral("/q%1").arg(i);
        q.number = i;
        q.category = QStringLiteral("Technical");
        q.prompt = QStringLiteral("%1 question number %2?").arg(title).arg(i);
        q.parts = {{ip::PartName::Answer, QStringLiteral("The answer to %1.").arg(i), {}, {}}};
        g.questions << q;
    }
    return g;
}

ip::LibraryEntry entry(const QString& key, const QByteArray& snapshot)
{
    ip::LibraryEntry e;
    e.guideKey = key;
    e.filePath = key + QStringLiteral(".md");
    e.contentHash = QStringLiteral("test");
    e.snapshot = snapshot;
    return e;
}

QByteArray snapshotOf(const ip::Guide& g)
{
    return QJsonDocument(ip::GuideJson::toJson(g)).toJson();
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?!s)"));
    int count = 0;
    for (auto it = page.globalMatch(QString::fromLatin1(pdf)); it.hasNext(); it.next())
        ++count;
    return count;
}

QStringList entriesIn(const QString& folder)
{
    return QDir(folder).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                                  QDir::Name);
}

} // namespace

class StudySheetExporterTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void loadsEveryGuideWithTheWorkOnIt();
    void loadsOneGuide();
    void unknownKeyNamesTheLibrary();
    void emptyLibraryIsAnError();
    void damagedSnapshotIsAnError();
    void writesOneFile();
    void writesAFolderOfSheets();
    void folderThatIsAFileWritesNothing();
    void aTargetThatCannotBeReplacedWritesNothing();
    void pdfOfTheLibraryStartsEachGuideOnANewPage();
    void pdfIntoAMissingFolderLeavesNothing();

private:
    void seed(const QList<ip::LibraryEntry>& entries);
    std::unique_ptr<ip::StudyData> openData();

    std::unique_ptr<QTemporaryDir> m_dir;
};

void StudySheetExporterTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    seed({entry(QStringLiteral("beta"),
                snapshotOf(guide(QStringLiteral("beta"), QStringLiteral("Beta Guide")))),
          entry(QStringLiteral("alpha"),
                snapshotOf(guide(QStringLiteral("alpha"), QStringLiteral("Alpha <Guide>"))))});
    auto data = openData();
    QVERIFY(data);
    const ip::QuestionRef alphaQ2{QStringLiteral("alpha"), QStringLiteral("alpha/q2")};
    IP_VERIFY_OK(data->notes().saveMarkdown(alphaQ2, QStringLiteral("Mention **drift**.")));
    IP_VERIFY_OK(data->notes().setBookmarked(alphaQ2, true));
    ip::RequirementProgress done;
    done.guideKey = QStringLiteral("alpha");
    done.requirementKey = QStringLiteral("alpha/cert");
    done.status = ip::RequirementStatus::Done;
    done.completedDate = QDate(2026, 3, 1);
    done.evidence = QStringLiteral("ID 42");
    IP_VERIFY_OK(data->progress().save(done));
    IP_VERIFY_OK(data->practice().record({QStringLiteral("alpha"), QStringLiteral("alpha/q1")},
                                         ip::ReviewGrade::Good, 30,
                                         QDateTime(QDate(2026, 1, 4), QTime(9, 0), Qt::UTC)));
}

void StudySheetExporterTest::seed(const QList<ip::LibraryEntry>& entries)
{
    auto database = ip::Database::open(m_dir->path());
    IP_VERIFY_OK(database);
    for (const ip::LibraryEntry& e : entries)
        IP_VERIFY_OK(ip::LibraryRepository(**database).save(e));
}

std::unique_ptr<ip::StudyData> StudySheetExporterTest::openData()
{
    auto data = ip::StudyData::open(m_dir->path());
    if (!data) {
        qWarning("%s", qPrintable(data.error().message));
        return nullptr;
    }
    return std::move(data).value();
}

void StudySheetExporterTest::loadsEveryGuideWithTheWorkOnIt()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data);
    IP_VERIFY_OK(works);
    QCOMPARE(works->size(), 2);
    // Key order, whatever order they were added in.
    QCOMPARE(works->at(0).guide.key, QStringLiteral("alpha"));
    QCOMPARE(works->at(1).guide.key, QStringLiteral("beta"));

    const GuideWork& alpha = works->at(0);
    QCOMPARE(alpha.notes.value(QStringLiteral("alpha/q2")).markdown,
             QStringLiteral("Mention **drift**."));
    QVERIFY(alpha.notes.value(QStringLiteral("alpha/q2")).bookmarked);
    QCOMPARE(alpha.progress.value(QStringLiteral("alpha/cert")).status,
             ip::RequirementStatus::Done);
    QCOMPARE(alpha.schedules.value(QStringLiteral("alpha/q1")).reviews, 1);
    QVERIFY(works->at(1).notes.isEmpty());

    const QString sheet = ip::StudySheet::toMarkdown(alpha);
    for (const char* text :
         {"# Alpha &lt;Guide&gt;\n",
          "- [x] **Cloud ML Certificate** (Required)\\\n  Status: Done · Completed: 2026-03-01\\\n"
          "  Evidence: ID 42\n",
          "#### Question 2: Alpha &lt;Guide&gt; question number 2?\n\n★ Bookmarked\n",
          "##### My notes\n\nMention **drift**.\n", "Practised once; due again on 2026-01-"})
        QVERIFY2(sheet.contains(QString::fromUtf8(text)),
                 qPrintable(QString::fromUtf8(text) + sheet));
}

void StudySheetExporterTest::loadsOneGuide()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data, QStringLiteral("beta"));
    IP_VERIFY_OK(works);
    QCOMPARE(works->size(), 1);
    QCOMPARE(works->first().guide.title, QStringLiteral("Beta Guide"));
}

void StudySheetExporterTest::unknownKeyNamesTheLibrary()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data, QStringLiteral("gamma"));
    QVERIFY(!works.ok());
    QCOMPARE(works.error().kind, ErrorKind::NotFound);
    QVERIFY2(works.error().message.contains(u"'gamma'"), qPrintable(works.error().message));
    QVERIFY2(works.error().message.contains(u"alpha, beta"), qPrintable(works.error().message));
}

void StudySheetExporterTest::emptyLibraryIsAnError()
{
    QTemporaryDir empty;
    auto data = ip::StudyData::open(empty.path());
    IP_VERIFY_OK(data);
    const auto works = StudySheetExporter::load(**data);
    QVERIFY(!works.ok());
    QCOMPARE(works.error().kind, ErrorKind::NotFound);
    QVERIFY2(works.error().message.contains(u"no guides"), qPrintable(works.error().message));
}

void StudySheetExporterTest::damagedSnapshotIsAnError()
{
    seed({entry(QStringLiteral("broken"), "{not json")});
    auto data = openData();
    QVERIFY(data);
    const auto all = StudySheetExporter::load(*data);
    QVERIFY(!all.ok());
    QCOMPARE(all.error().kind, ErrorKind::Corrupt);
    QVERIFY2(all.error().message.contains(u"'broken'"), qPrintable(all.error().message));
    // The other guides can still be exported one at a time.
    IP_VERIFY_OK(StudySheetExporter::load(*data, QStringLiteral("alpha")));
    QVERIFY(!StudySheetExporter::load(*data, QStringLiteral("broken")).ok());
}

void StudySheetExporterTest::writesOneFile()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data, QStringLiteral("alpha"));
    IP_VERIFY_OK(works);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("alpha-sheet.md"));
    IP_VERIFY_OK(StudySheetExporter::writeMarkdown(path, works->first()));
    QCOMPARE(readText(path), ip::StudySheet::toMarkdown(works->first()));
    QCOMPARE(entriesIn(out.path()), QStringList{QStringLiteral("alpha-sheet.md")});
}

void StudySheetExporterTest::writesAFolderOfSheets()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data);
    IP_VERIFY_OK(works);
    QTemporaryDir out;
    const QString folder = out.filePath(QStringLiteral("sheets/2026"));
    const auto written = StudySheetExporter::writeFolder(folder, works.value());
    IP_VERIFY_OK(written);
    QCOMPARE(written->size(), 2);
    QCOMPARE(entriesIn(folder),
             (QStringList{QStringLiteral("alpha.md"), QStringLiteral("beta.md")}));
    QCOMPARE(readText(QDir(folder).filePath(QStringLiteral("alpha.md"))),
             ip::StudySheet::toMarkdown(works->at(0)));
    QCOMPARE(readText(QDir(folder).filePath(QStringLiteral("beta.md"))),
             ip::StudySheet::toMarkdown(works->at(1)));

    // Again into the same folder: replaced, nothing else left beside them.
    IP_VERIFY_OK(StudySheetExporter::writeFolder(folder, works.value()));
    QCOMPARE(entriesIn(folder),
             (QStringList{QStringLiteral("alpha.md"), QStringLiteral("beta.md")}));
}

void StudySheetExporterTest::folderThatIsAFileWritesNothing()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data);
    IP_VERIFY_OK(works);
    QTemporaryDir out;
    const QString file = out.filePath(QStringLiteral("sheets"));
    {
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("mine\n");
    }
    const auto written = StudySheetExporter::writeFolder(file, works.value());
    QVERIFY(!written.ok());
    QCOMPARE(written.error().kind, ErrorKind::InvalidInput);
    QVERIFY2(written.error().message.contains(u"not a folder"),
             qPrintable(written.error().message));
    QCOMPARE(readText(file), QStringLiteral("mine\n"));
}

void StudySheetExporterTest::aTargetThatCannotBeReplacedWritesNothing()
{
    // beta.md is a folder: refused before alpha.md is written.
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data);
    IP_VERIFY_OK(works);
    QTemporaryDir out;
    QVERIFY(QDir(out.path()).mkdir(QStringLiteral("beta.md")));
    const auto written = StudySheetExporter::writeFolder(out.path(), works.value());
    QVERIFY(!written.ok());
    QVERIFY2(written.error().message.contains(u"beta.md"), qPrintable(written.error().message));
    QCOMPARE(entriesIn(out.path()), QStringList{QStringLiteral("beta.md")});
}

void StudySheetExporterTest::pdfOfTheLibraryStartsEachGuideOnANewPage()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data);
    IP_VERIFY_OK(works);
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("library.pdf"));
    const auto pages = ip::StudySheetDocument::writePdf(path, works.value());
    IP_VERIFY_OK(pages);
    // Two short guides: a page each.
    QCOMPARE(pages.value(), 2);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray pdf = file.readAll();
    QVERIFY(pdf.startsWith("%PDF"));
    QCOMPARE(pageObjects(pdf), 2);
    // Each guide is a sheet of its own, numbered from 1.
    const QString text = ip::test::PdfText::extract(pdf);
    QVERIFY2(text.indexOf(u"Alpha <Guide>") < text.indexOf(u"Beta Guide"), qPrintable(text));
    QCOMPARE(text.count(QStringLiteral("Page 1 of 1\n")), 2);
    QCOMPARE(entriesIn(out.path()), QStringList{QStringLiteral("library.pdf")});
}

void StudySheetExporterTest::pdfIntoAMissingFolderLeavesNothing()
{
    auto data = openData();
    QVERIFY(data);
    const auto works = StudySheetExporter::load(*data);
    IP_VERIFY_OK(works);
    QTemporaryDir out;
    const auto pages = ip::StudySheetDocument::writePdf(out.filePath(QStringLiteral("no/such.pdf")),
                                                        works.value());
    QVERIFY(!pages.ok());
    QCOMPARE(pages.error().kind, ErrorKind::Io);
    QCOMPARE(entriesIn(out.path()), QStringList());
    QVERIFY(!ip::StudySheetDocument::writePdf(out.filePath(QStringLiteral("x.pdf")), {}).ok());
    QCOMPARE(entriesIn(out.path()), QStringList());
}

QTEST_MAIN(StudySheetExporterTest)
#include "tst_study_sheet_exporter.moc"
