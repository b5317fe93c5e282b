#include "services/StudySheet.h"

#include "services/MarkdownText.h"

#include <QSet>
#include <QStringList>
#include <algorithm>

namespace ip {

namespace {

// A hard line break inside a paragraph or a list item (CommonMark).
const QString LineBreak = QStringLiteral("\\\n");

QString oneLine(const QString& text)
{
    return markdownText(text.simplified());
}

QString isoDate(const QDate& date)
{
    return date.toString(Qt::ISODate);
}

// "required" as the guide's level word is shown: "Required".
QString levelName(const QString& level)
{
    if (level.isEmpty())
        return {};
    return level.at(0).toUpper() + level.mid(1);
}

// Text of several lines inside a list item: every line after the first
// indented so it stays in the item.
QString indented(const QString& text, const QString& indent)
{
    QStringList lines = text.split(u'\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        if (!lines.at(i).isEmpty())
            lines[i].prepend(indent);
    }
    return lines.join(u'\n');
}

QString requirementItem(const Requirement& requirement, const RequirementProgress* progress)
{
    const RequirementStatus status = progress ? progress->status : RequirementStatus::NotStarted;
    QString title = requirement.title.simplified();
    if (title.isEmpty())
        title = requirement.key;
    QString item =
        QStringLiteral("- [%1] **%2**")
            .arg(status == RequirementStatus::Done ? QStringLiteral("x") : QStringLiteral(" "))
            .arg(markdownText(title));
    if (!requirement.level.isEmpty())
        item += QStringLiteral(" (%1)").arg(oneLine(levelName(requirement.level)));

    QStringList facts{QCoreApplication::translate("StudySheet", "Status: %1")
                          .arg(StudySheet::statusName(status))};
    if (progress && progress->targetDate)
        facts << QCoreApplication::translate("StudySheet", "Target: %1")
                     .arg(isoDate(*progress->targetDate));
    if (progress && progress->completedDate)
        facts << QCoreApplication::translate("StudySheet", "Completed: %1")
                     .arg(isoDate(*progress->completedDate));
    item += LineBreak + QStringLiteral("  ") + facts.join(QStringLiteral(" · "));

    const QString evidence = progress ? markdownPlainText(progress->evidence.trimmed()) : QString();
    if (!evidence.isEmpty())
        item += LineBreak + QStringLiteral("  ") +
                QCoreApplication::translate("StudySheet", "Evidence: %1")
                    .arg(indented(evidence, QStringLiteral("  ")));
    return item + u'\n';
}

QString requirementsSection(const GuideWork& work)
{
    QString text =
        QStringLiteral("\n## ") + QCoreApplication::translate("StudySheet", "Requirements") + u'\n';
    for (const RequirementGroup& group : work.guide.requirementGroups) {
        if (group.items.isEmpty())
            continue;
        QString name = group.name.simplified();
        if (name.isEmpty())
            name = QCoreApplication::translate("StudySheet", "Other requirements");
        text += QStringLiteral("\n### %1\n\n").arg(markdownText(name));
        for (const Requirement& requirement : group.items) {
            const auto found = work.progress.constFind(requirement.key);
            text +=
                requirementItem(requirement, found == work.progress.constEnd() ? nullptr : &*found);
        }
    }
    return text;
}

// "Practised 3 times; due again on 2026-12-10. Forgotten once." Built from
// the stored schedule alone, so the sheet does not change with the day it
// is made.
QString practiceLine(const ReviewSchedule& schedule)
{
    QString line =
        schedule.dueAt.isValid()
            ? QCoreApplication::translate("StudySheet", "Practised %n time(s); due again on %1.",
                                          nullptr, schedule.reviews)
                  .arg(isoDate(schedule.dueAt.toUTC().date()))
            : QCoreApplication::translate("StudySheet", "Practised %n time(s).", nullptr,
                                          schedule.reviews);
    if (schedule.lapses > 0)
        line += u' ' + QCoreApplication::translate("StudySheet", "Forgotten %n time(s).", nullptr,
                                                   schedule.lapses);
    return line;
}

QString questionBlock(const GuideWork& work, const Question& question)
{
    QString prompt = question.prompt.simplified();
    if (prompt.isEmpty())
        prompt = question.key;
    QString text = QStringLiteral("\n#### ") +
                   QCoreApplication::translate("StudySheet", "Question %1: %2")
                       .arg(question.number)
                       .arg(markdownText(prompt)) +
                   u'\n';
    const QuestionNote note = work.notes.value(question.key);
    QStringList standing;
    if (note.bookmarked)
        standing << QCoreApplication::translate("StudySheet", "★ Bookmarked");
    if (const auto schedule = work.schedules.constFind(question.key);
        schedule != work.schedules.constEnd() && schedule->reviews > 0)
        standing << practiceLine(*schedule);
    if (!standing.isEmpty())
        text += u'\n' + standing.join(LineBreak) + u'\n';

    if (question.parts.isEmpty())
        text += QStringLiteral("\n_") +
                QCoreApplication::translate("StudySheet", "The guide gives no answer here.") +
                QStringLiteral("_\n");
    for (const QuestionPart& part : question.parts) {
        text += QStringLiteral("\n##### %1\n").arg(oneLine(part.name));
        const QString markdown = part.markdown.trimmed();
        if (!markdown.isEmpty())
            text += u'\n' + markdown + u'\n';
    }
    if (const QString mine = note.markdown.trimmed(); !mine.isEmpty())
        text += QStringLiteral("\n##### ") + QCoreApplication::translate("StudySheet", "My notes") +
                QStringLiteral("\n\n") + mine + u'\n';
    return text;
}

// The guide's categories in its order, then any a question names that the
// list lacks (a hand-made guide), in the order they first appear.
QStringList categoriesInOrder(const Guide& guide)
{
    QStringList categories = guide.categories;
    for (const Question& question : guide.questions) {
        if (!categories.contains(question.category))
            categories << question.category;
    }
    return categories;
}

QString questionsSection(const GuideWork& work)
{
    QString text =
        QStringLiteral("\n## ") + QCoreApplication::translate("StudySheet", "Questions") + u'\n';
    for (const QString& category : categoriesInOrder(work.guide)) {
        QString heading = category.simplified();
        if (heading.isEmpty())
            heading = QCoreApplication::translate("StudySheet", "Other questions");
        bool headed = false;
        for (const Question& question : work.guide.questions) {
            if (question.category != category)
                continue;
            if (!headed)
                text += QStringLiteral("\n### %1\n").arg(markdownText(heading));
            headed = true;
            text += questionBlock(work, question);
        }
    }
    return text;
}

// Notes whose question the guide no longer has (edited away, or moved
// under another key): kept in the sheet by key, in key order.
QString orphanedNotesSection(const GuideWork& work)
{
    QSet<QString> keys;
    for (const Question& question : work.guide.questions)
        keys.insert(question.key);
    QStringList orphaned;
    for (auto it = work.notes.cbegin(); it != work.notes.cend(); ++it) {
        if (!keys.contains(it.key()) && !it->markdown.trimmed().isEmpty())
            orphaned << it.key();
    }
    if (orphaned.isEmpty())
        return {};
    std::sort(orphaned.begin(), orphaned.end());
    QString text =
        QStringLiteral("\n## ") +
        QCoreApplication::translate("StudySheet", "Notes on questions no longer in this guide") +
        u'\n';
    for (const QString& key : std::as_const(orphaned))
        text += QStringLiteral("\n### %1\n\n").arg(markdownText(key)) +
                work.notes.value(key).markdown.trimmed() + u'\n';
    return text;
}

QString summary(const GuideWork& work)
{
    const Guide& guide = work.guide;
    QStringList lines;
    const int requirements = guide.requirementCount();
    if (requirements > 0) {
        qsizetype done = 0;
        for (const RequirementGroup& group : guide.requirementGroups) {
            done += std::count_if(group.items.cbegin(), group.items.cend(),
                                  [&](const Requirement& requirement) {
                                      const auto found = work.progress.constFind(requirement.key);
                                      return found != work.progress.constEnd() &&
                                             found->status == RequirementStatus::Done;
                                  });
        }
        lines << QStringLiteral("- ") +
                     QCoreApplication::translate("StudySheet", "Requirements done: %1 of %2")
                         .arg(done)
                         .arg(requirements);
    }
    if (!guide.questions.isEmpty()) {
        qsizetype bookmarked = 0;
        qsizetype noted = 0;
        for (const Question& question : guide.questions) {
            const QuestionNote note = work.notes.value(question.key);
            bookmarked += note.bookmarked ? 1 : 0;
            noted += note.markdown.trimmed().isEmpty() ? 0 : 1;
        }
        lines << QStringLiteral("- ") +
                     QCoreApplication::translate("StudySheet", "Questions bookmarked: %1 of %2")
                         .arg(bookmarked)
                         .arg(guide.questions.size());
        lines << QStringLiteral("- ") + QCoreApplication::translate(
                                            "StudySheet", "Questions with your notes: %1 of %2")
                                            .arg(noted)
                                            .arg(guide.questions.size());
    }
    return lines.isEmpty() ? QString() : u'\n' + lines.join(u'\n') + u'\n';
}

} // namespace

QString StudySheet::toMarkdown(const GuideWork& work)
{
    const Guide& guide = work.guide;
    QString title = guide.title.simplified();
    if (title.isEmpty())
        title = guide.key;
    QString text = QStringLiteral("# %1\n").arg(markdownText(title));
    if (const QString description = markdownPlainText(guide.metadata.description.trimmed());
        !description.isEmpty())
        text += u'\n' + description + u'\n';
    text += summary(work);
    const bool hasRequirements = guide.requirementCount() > 0;
    if (hasRequirements)
        text += requirementsSection(work);
    if (!guide.questions.isEmpty())
        text += questionsSection(work);
    if (!hasRequirements && guide.questions.isEmpty())
        text += QStringLiteral("\n_") + tr("This guide has no requirements and no questions.") +
                QStringLiteral("_\n");
    return text + orphanedNotesSection(work);
}

QString StudySheet::fileName(const QString& guideKey)
{
    QString name = guideKey;
    for (QChar& c : name) {
        const bool safe =
            (c.unicode() < 0x80 && c.isLetterOrNumber()) || c == u'-' || c == u'_' || c == u'.';
        if (!safe)
            c = u'-';
    }
    // Never hidden, never "." or "..".
    if (name.isEmpty() || name.startsWith(u'.'))
        name.prepend(QStringLiteral("guide"));
    return name + QStringLiteral(".md");
}

QString StudySheet::statusName(RequirementStatus status)
{
    switch (status) {
    case RequirementStatus::NotStarted:
        return tr("Not started");
    case RequirementStatus::Planned:
        return tr("Planned");
    case RequirementStatus::InProgress:
        return tr("In progress");
    case RequirementStatus::Done:
        return tr("Done");
    case RequirementStatus::NotApplicable:
        return tr("Not applicable");
    }
    return {};
}

} // namespace ip
