#include "content/GuideParser.h"

#include "content/FrontMatter.h"
#include "content/GuideBodyReader.h"
#include "content/GuideSource.h"
#include "content/MarkdownTree.h"
#include "content/Slug.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <algorithm>

namespace ip {

namespace {

Diagnostic errorAt(int line, const QString& message)
{
    return Diagnostic{Diagnostic::Severity::Error, line, line > 0 ? 1 : 0, message};
}

// Keys must be unique within a guide; a repeated text gets "-2", "-3", ... in
// file order and a warning, because the repeat cannot be told apart later.
// The suffix is the smallest free one; since keys are only ever added, a
// suffix found taken stays taken, so each base resumes where it last stopped
// and a guide of one prompt repeated 10,000 times is keyed in linear time.
// repeated is the warning (QT_TRANSLATE_NOOP): %1 the repeated text, %2 the key.
template <typename Item>
void assignKeys(QList<Item>& items, const QString& guideKey, QList<Diagnostic>& diagnostics,
                const QString& (*textOf)(const Item&), int (*lineOf)(const Item&),
                const char* repeated)
{
    QSet<QString> used;
    QHash<QString, int> nextSuffix;
    used.reserve(items.size());
    for (Item& item : items) {
        const QString base = guideKey + u'/' + slugify(textOf(item));
        QString key = base;
        if (used.contains(key)) {
            int& n = nextSuffix[base];
            n = std::max(n, 2);
            do
                key = base + u'-' + QString::number(n++);
            while (used.contains(key));
        }
        if (key != base) {
            diagnostics << Diagnostic{Diagnostic::Severity::Warning, lineOf(item), 1,
                                      GuideParser::tr(repeated).arg(textOf(item), key)};
        }
        used.insert(key);
        item.key = key;
    }
}

const QString& promptOf(const Question& q)
{
    return q.prompt;
}
int questionLine(const Question& q)
{
    return q.source.firstLine;
}
const QString& titleOf(const Requirement& r)
{
    return r.title;
}
int requirementLine(const Requirement& r)
{
    return r.source.firstLine;
}

// How many lines at the top cmark must see as blank: the front matter's.
int frontMatterLines(const SourceLines& lines, const FrontMatter::Block& frontMatter)
{
    if (!frontMatter.present)
        return 0;
    return frontMatter.closed ? frontMatter.lastLine : int(lines.count());
}

void finish(Guide& guide, const QString& firstHeading)
{
    guide.title = !guide.metadata.term.isEmpty() ? guide.metadata.term
                  : !firstHeading.isEmpty()      ? firstHeading
                                                 : QFileInfo(guide.fileName).completeBaseName();
    guide.key = slugify(guide.title);

    // Requirement keys are unique across groups, so an item can move between
    // groups and keep its progress.
    QList<Requirement> flat;
    for (const RequirementGroup& group : std::as_const(guide.requirementGroups))
        flat += group.items;
    assignKeys(flat, guide.key, guide.diagnostics, &titleOf, &requirementLine,
               QT_TRANSLATE_NOOP("GuideParser", "the requirement \"%1\" appears more than once; "
                                                "this one is keyed \"%2\""));
    qsizetype index = 0;
    for (RequirementGroup& group : guide.requirementGroups)
        for (Requirement& item : group.items)
            item.key = flat.at(index++).key;

    assignKeys(guide.questions, guide.key, guide.diagnostics, &promptOf, &questionLine,
               QT_TRANSLATE_NOOP("GuideParser", "the question \"%1\" appears more than once; "
                                                "this one is keyed \"%2\""));

    if (guide.questions.isEmpty() && guide.requirementCount() == 0 && !guide.hasErrors()) {
        guide.diagnostics << errorAt(
            0, GuideParser::tr("no requirements and no questions were found; a guide needs "
                               "headings such as \"## Interview Questions and Answers\" with "
                               "\"#### Question 1: ...\" below them"));
    }
    std::stable_sort(guide.diagnostics.begin(), guide.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) { return a.line < b.line; });
}

} // namespace

Guide GuideParser::parse(const QByteArray& bytes, const QString& fileName)
{
    Guide guide;
    guide.fileName = fileName;
    const GuideSource source = GuideSource::fromBytes(bytes);
    guide.diagnostics = source.diagnostics();
    if (!source.isUsable()) {
        finish(guide, QString());
        return guide;
    }

    const FrontMatter::Block frontMatter = FrontMatter::locate(source.lines());
    guide.metadata = FrontMatter::read(frontMatter, guide.diagnostics);

    const QList<Diagnostic> hostile = HostileStructureCheck::run(source.lines());
    if (!hostile.isEmpty()) {
        guide.diagnostics += hostile;
        finish(guide, QString());
        return guide;
    }

    const MarkdownTree tree(source.utf8(), frontMatterLines(source.lines(), frontMatter));
    GuideBodyReader reader(source.lines(), guide);
    reader.read(tree.root());
    finish(guide, reader.firstTitleHeading());
    return guide;
}

Guide GuideParser::parseFile(const QString& path)
{
    QFile file(path);
    auto unreadable = [&](const QString& message) {
        Guide guide;
        guide.fileName = path;
        guide.title = QFileInfo(path).completeBaseName();
        guide.key = slugify(guide.title);
        guide.diagnostics << errorAt(0, message);
        return guide;
    };
    if (!file.exists())
        return unreadable(GuideParser::tr("the file does not exist"));
    if (QFileInfo(path).isDir())
        return unreadable(GuideParser::tr("this is a folder, not a guide file"));
    if (!file.open(QIODevice::ReadOnly))
        return unreadable(GuideParser::tr("the file cannot be read: %1").arg(file.errorString()));
    // Read one byte past the limit so an oversized file is refused without
    // loading all of it.
    const QByteArray bytes = file.read(GuideSource::MaxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return unreadable(GuideParser::tr("the file cannot be read: %1").arg(file.errorString()));
    return parse(bytes, path);
}

} // namespace ip
