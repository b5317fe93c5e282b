#pragma once

#include "model/Diagnostic.h"
#include "model/QuestionRef.h"

#include <QDate>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace ip {

// A picture named in the front matter (avatar, image). Never fetched.
struct Picture {
    QString url;
    QString alt;
};

// The front matter. Known keys are typed; `all` holds every key as it was
// written (known and unknown), so nothing the author wrote is dropped and it can
// be shown in a details view or exported back.
struct GuideMetadata {
    QString term;
    QString description;
    QString category;
    QString vertical;
    QString author;
    std::optional<QDate> pubDate;
    std::optional<QDate> modDate;
    QStringList tags;
    std::optional<Picture> avatar;
    std::optional<Picture> image;
    QJsonObject all;
};

// A line range in the guide file, 1-based and inclusive; 0 when unknown.
struct SourceRange {
    int firstLine = 0;
    int lastLine = 0;
};

struct Requirement {
    QString key;    // stable: derived from the guide key and the title
    QString title;  // the whole bold label, colons included
    QString level;  // the level word in lower case ("required"), empty for none
    QString detail; // Markdown source
    SourceRange source;
};

struct RequirementGroup {
    QString name; // "Certifications"
    QString note; // Markdown written under the heading before the items
    QList<Requirement> items;
};

// The Situation/Task/Action/Result reading of a part that uses those labels
// (or their synonyms Context, Role, Outcome, ...). Each field is Markdown.
struct StarFields {
    QString situation;
    QString task;
    QString action;
    QString result;

    bool isEmpty() const
    {
        return situation.isEmpty() && task.isEmpty() && action.isEmpty() && result.isEmpty();
    }
};

struct QuestionPart {
    QString name;     // "Answer", "Example Scenario", or the author's own label
    QString markdown; // source, label removed
    SourceRange source;
    StarFields star; // empty unless the part uses STAR labels
};

struct Question {
    QString key; // stable: derived from the guide key and the prompt
    int number = 0;
    QString category; // "Technical", "Problem-Solving"
    QString prompt;
    QList<QuestionPart> parts;
    SourceRange source;

    // The part with this name, case-insensitive, or nullptr.
    const QuestionPart* part(const QString& name) const;
};

struct Guide {
    QString key; // stable slug of the title
    QString title;
    QString fileName;
    GuideMetadata metadata;
    QList<RequirementGroup> requirementGroups;
    QStringList categories; // in file order
    QList<Question> questions;
    QString conclusion; // Markdown of the closing text
    QList<Diagnostic> diagnostics;
    // The guides an "All guides" view combines (see CombinedGuide), by key;
    // empty for a guide read from one file.
    QStringList memberKeys;

    // The key of the combined view of the whole library.
    static const QString AllGuidesKey;

    bool hasErrors() const;
    int requirementCount() const;
    bool isCombined() const { return key == AllGuidesKey; }
    // The guides whose work this one shows: its members, or itself.
    QStringList guideKeys() const { return isCombined() ? memberKeys : QStringList{key}; }
    // Whether a question or requirement of this guide key is shown here.
    bool holdsGuide(const QString& guideKey) const;
    // The guide a question or requirement of this one belongs to. Item keys
    // start with their guide's key (FORMAT.md), so a combined guide finds it
    // there.
    QString guideKeyOf(const QString& itemKey) const;
    // How the user's data names a question shown here.
    QuestionRef refOf(const Question& question) const
    {
        return {guideKeyOf(question.key), question.key};
    }
};

// The four part names every complete question has.
namespace PartName {
inline const QString Answer = QStringLiteral("Answer");
inline const QString ExampleScenario = QStringLiteral("Example Scenario");
inline const QString CommonPitfalls = QStringLiteral("Common Pitfalls");
inline const QString FollowUpPoints = QStringLiteral("Follow-up Points");
} // namespace PartName

} // namespace ip
