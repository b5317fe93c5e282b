#include "content/GuideBodyReader.h"

#include "content/BlockSource.h"
#include "content/GuideVocabulary.h"
#include "content/MarkdownTree.h"

#include <cmark-gfm.h>

namespace ip {

using namespace markdown;

namespace {

const QString GeneralCategory = QStringLiteral("General");

} // namespace

GuideBodyReader::GuideBodyReader(const SourceLines& lines, Guide& guide)
    : m_source(lines), m_guide(guide)
{
}

void GuideBodyReader::read(cmark_node* document)
{
    for (cmark_node* block = cmark_node_first_child(document); block;
         block = cmark_node_next(block)) {
        if (isHeading(block))
            onHeading(block);
        else
            onBlock(block);
    }
    if (m_question.open)
        finishQuestion(true);
    m_guide.conclusion = BlockSource::joined(m_conclusion);
    warnAboutEmptySections();
}

void GuideBodyReader::warnAboutEmptySections()
{
    for (qsizetype i = 0; i < m_guide.requirementGroups.size(); ++i) {
        const RequirementGroup& group = m_guide.requirementGroups.at(i);
        if (group.items.isEmpty())
            warn(m_groupLines.value(i), 1,
                 GuideBodyReader::tr("the requirement group \"%1\" has no items").arg(group.name));
    }
    for (const QString& category : std::as_const(m_guide.categories)) {
        const bool used = std::any_of(m_guide.questions.begin(), m_guide.questions.end(),
                                      [&](const Question& q) { return q.category == category; });
        if (!used)
            warn(m_categoryLines.value(category), 1,
                 GuideBodyReader::tr("the category \"%1\" has no questions").arg(category));
    }
}

void GuideBodyReader::onHeading(cmark_node* heading)
{
    const int level = headingLevel(heading);
    const QString text = plainText(heading);

    if (m_question.open) {
        if (level > m_question.level) {
            // A sub-heading inside a question: a part when it names one
            // ("##### Answer"), otherwise part of the current part's text.
            if (const auto partName = vocabulary::canonicalPartName(text)) {
                m_question.parts << PendingPart{*partName, nullptr, {}};
                return;
            }
            addQuestionBlock(heading);
            return;
        }
        finishQuestion(false);
    }

    if (m_section == Section::Requirements && level > m_sectionLevel) {
        startGroup(text, startLine(heading));
        return;
    }
    if (m_section == Section::Questions && level > m_sectionLevel) {
        const auto split = vocabulary::splitQuestionHeading(text);
        if (split.numbered || (m_categoryLevel > 0 && level > m_categoryLevel))
            startQuestion(split, text, level, startLine(heading));
        else
            startCategory(vocabulary::categoryName(text), level, startLine(heading));
        return;
    }
    if (m_section == Section::Conclusion && level > m_sectionLevel) {
        m_conclusion << m_source.of(heading);
        return;
    }
    enterTopLevelSection(heading, text, level);
}

void GuideBodyReader::enterTopLevelSection(cmark_node* heading, const QString& text, int level)
{
    m_groupIndex = -1;
    m_paragraphLevel.clear();
    m_sectionHeading = text;
    if (vocabulary::isQuestionsPartHeading(text)) {
        m_section = Section::Questions;
        m_sectionLevel = level;
        m_category.clear();
        m_categoryLevel = 0;
    } else if (vocabulary::isCategoryHeading(text)) {
        // A category with no "Interview Questions" heading above it.
        m_section = Section::Questions;
        m_sectionLevel = level - 1;
        startCategory(vocabulary::categoryName(text), level, startLine(heading));
    } else if (const auto split = vocabulary::splitQuestionHeading(text); split.numbered) {
        m_section = Section::Questions;
        m_sectionLevel = level - 1;
        m_category.clear();
        m_categoryLevel = 0;
        startQuestion(split, text, level, startLine(heading));
    } else if (vocabulary::isRequirementsPartHeading(text)) {
        m_section = Section::Requirements;
        m_sectionLevel = level;
    } else if (vocabulary::isRequirementGroupHeading(text)) {
        // A group such as "## Certifications" with no overview heading above.
        m_section = Section::Requirements;
        m_sectionLevel = level - 1;
        startGroup(text, startLine(heading));
    } else if (vocabulary::isConclusionHeading(text)) {
        m_section = Section::Conclusion;
        m_sectionLevel = level;
    } else if (level == 1 && m_firstTitle.isEmpty()) {
        m_firstTitle = text;
        m_section = Section::None;
        m_sectionLevel = level;
    } else if (vocabulary::isIntroductionHeading(text)) {
        m_section = Section::None;
        m_sectionLevel = level;
    } else {
        m_section = Section::Skipped;
        m_sectionLevel = level;
        warn(startLine(heading), startColumn(heading),
             GuideBodyReader::tr(
                 "the heading \"%1\" is not a requirements part, a question category "
                 "or a question; its section was skipped")
                 .arg(text));
    }
}

void GuideBodyReader::onBlock(cmark_node* block)
{
    switch (m_section) {
    case Section::Questions:
        if (m_question.open)
            addQuestionBlock(block);
        break;
    case Section::Requirements:
        if (isList(block)) {
            if (m_groupIndex < 0)
                startGroup(m_sectionHeading, startLine(block));
            readRequirementList(block, m_paragraphLevel);
        } else if (isParagraph(block) && m_groupIndex >= 0) {
            readRequirementParagraph(block);
        }
        break;
    case Section::Conclusion:
        if (!isThematicBreak(block))
            m_conclusion << m_source.of(block);
        break;
    case Section::None:
    case Section::Skipped:
        break;
    }
}

void GuideBodyReader::startGroup(const QString& name, int line)
{
    m_groupLines << line;
    QString clean = name.trimmed();
    while (clean.endsWith(u':'))
        clean.chop(1);
    m_guide.requirementGroups << RequirementGroup{clean, QString(), {}};
    m_groupIndex = int(m_guide.requirementGroups.size()) - 1;
    m_paragraphLevel.clear();
}

void GuideBodyReader::readRequirementParagraph(cmark_node* paragraph)
{
    // "**Required:**" as a paragraph above a list sets the level of that list.
    const BoldLabel label = leadingBoldLabel(paragraph);
    if (label.found) {
        if (const auto level = vocabulary::levelWord(label.label)) {
            m_paragraphLevel = *level;
            return;
        }
    }
    RequirementGroup& group = m_guide.requirementGroups[m_groupIndex];
    if (group.items.isEmpty())
        group.note = BlockSource::joined({group.note, m_source.of(paragraph)});
}

void GuideBodyReader::readRequirementList(cmark_node* list, const QString& level)
{
    for (cmark_node* item = cmark_node_first_child(list); item; item = cmark_node_next(item)) {
        cmark_node* first = cmark_node_first_child(item);
        if (!first)
            continue;
        const BoldLabel label = isParagraph(first) ? leadingBoldLabel(first) : BoldLabel{};
        if (label.found) {
            if (const auto itemLevel = vocabulary::levelWord(label.label)) {
                // A level item: its own text is the level's note; the items
                // nested under it carry the level.
                for (cmark_node* child = cmark_node_next(first); child;
                     child = cmark_node_next(child)) {
                    if (isList(child))
                        readRequirementList(child, *itemLevel);
                }
                continue;
            }
        }
        Requirement requirement;
        requirement.level = level;
        requirement.source = SourceRange{startLine(item), m_source.lastContentLine(item)};
        if (label.found) {
            requirement.title = label.label;
            requirement.detail = m_source.afterLabel(item);
        } else {
            // A plain bullet ("Python") is still a requirement, titled by its text.
            requirement.title = isParagraph(first) ? plainText(first) : QString();
            if (requirement.title.isEmpty())
                continue;
        }
        m_guide.requirementGroups[m_groupIndex].items << requirement;
    }
}

void GuideBodyReader::startCategory(const QString& name, int level, int line)
{
    m_category = name.isEmpty() ? GeneralCategory : name;
    m_categoryLevel = level;
    if (!m_guide.categories.contains(m_category)) {
        m_guide.categories << m_category;
        m_categoryLines.insert(m_category, line);
    }
}

void GuideBodyReader::startQuestion(const vocabulary::NumberedPrompt& split, const QString& text,
                                    int level, int line)
{
    if (m_category.isEmpty())
        startCategory(GeneralCategory, 0, line);
    m_question = PendingQuestion{};
    m_question.open = true;
    m_question.level = level;
    m_question.headingLine = line;
    m_question.number = split.numbered ? split.number : m_nextNumber;
    m_question.prompt = split.prompt.isEmpty() ? text : split.prompt;
    m_nextNumber = m_question.number + 1;
}

void GuideBodyReader::addQuestionBlock(cmark_node* block)
{
    if (isThematicBreak(block))
        return;
    std::optional<vocabulary::StarField> star;
    if (isParagraph(block)) {
        const BoldLabel label = leadingBoldLabel(block);
        if (label.found) {
            const auto known = vocabulary::canonicalPartName(label.label);
            star = vocabulary::starField(label.label);
            // STAR labels inside a part are that part's structure, not new parts.
            const bool starLabel = star.has_value() && !m_question.parts.isEmpty();
            if (known) {
                // "Text before the first label belongs to the Answer": when
                // that label is Answer itself, both are one part.
                const bool continuesImplicitAnswer = m_question.parts.size() == 1 &&
                                                     !m_question.parts.first().labelParagraph &&
                                                     m_question.parts.first().name == *known;
                if (continuesImplicitAnswer) {
                    m_question.parts.first().labelParagraph = block;
                    m_question.parts.first().blocks << PendingBlock{block, star};
                } else {
                    m_question.parts << PendingPart{*known, block, {PendingBlock{block, star}}};
                }
                return;
            }
            if (label.colon && !starLabel) {
                warn(startLine(block), startColumn(block),
                     GuideBodyReader::tr(
                         "\"%1\" is not a known part (Answer, Example Scenario, Common "
                         "Pitfalls, Follow-up Points); it was kept as a part of its "
                         "own")
                         .arg(label.label));
                m_question.parts << PendingPart{label.label, block, {PendingBlock{block, star}}};
                return;
            }
        }
    }
    // Text before the first label belongs to the Answer.
    if (m_question.parts.isEmpty())
        m_question.parts << PendingPart{QStringLiteral("Answer"), nullptr, {}};
    m_question.parts.last().blocks << PendingBlock{block, star};
}

void GuideBodyReader::finishQuestion(bool atEndOfDocument)
{
    m_question.open = false;
    // A closing paragraph after the last question, with no heading of its own,
    // is the conclusion: it follows the last part's list.
    if (atEndOfDocument && !m_question.parts.isEmpty()) {
        QList<PendingBlock>& blocks = m_question.parts.last().blocks;
        qsizetype lastList = -1;
        for (qsizetype i = 0; i < blocks.size(); ++i) {
            if (isList(blocks.at(i).node))
                lastList = i;
        }
        bool onlyParagraphsAfter = lastList >= 0 && lastList + 1 < blocks.size();
        for (qsizetype i = lastList + 1; onlyParagraphsAfter && i < blocks.size(); ++i)
            onlyParagraphsAfter = isParagraph(blocks.at(i).node);
        if (onlyParagraphsAfter) {
            QStringList closing;
            for (qsizetype i = lastList + 1; i < blocks.size(); ++i)
                closing << m_source.of(blocks.at(i).node);
            m_conclusion = closing + m_conclusion;
            blocks.resize(lastList + 1);
        }
    }

    Question question;
    question.number = m_question.number;
    question.category = m_category;
    question.prompt = m_question.prompt;
    question.source = SourceRange{m_question.headingLine, m_question.headingLine};
    bool hasText = false;
    for (const PendingPart& pending : std::as_const(m_question.parts)) {
        QuestionPart part = buildPart(pending);
        hasText = hasText || !QStringView(part.markdown).trimmed().isEmpty();
        question.source.lastLine = std::max(question.source.lastLine, part.source.lastLine);
        question.parts << std::move(part);
    }
    if (!hasText) {
        warn(m_question.headingLine, 1,
             GuideBodyReader::tr("question %1 (\"%2\") has no answer or other parts")
                 .arg(question.number)
                 .arg(question.prompt));
    }
    m_guide.questions << std::move(question);
}

QuestionPart GuideBodyReader::buildPart(const PendingPart& pending) const
{
    QuestionPart part;
    part.name = pending.name;
    QStringList pieces;
    for (const PendingBlock& pendingBlock : pending.blocks) {
        cmark_node* block = pendingBlock.node;
        pieces << (block == pending.labelParagraph ? m_source.afterLabel(block)
                                                   : m_source.of(block));
        if (part.source.firstLine == 0)
            part.source.firstLine = startLine(block);
        part.source.lastLine = std::max(part.source.lastLine, m_source.lastContentLine(block));
    }
    part.markdown = BlockSource::joined(pieces);
    part.star = readStarFields(pending);
    return part;
}

StarFields GuideBodyReader::readStarFields(const PendingPart& pending) const
{
    StarFields star;
    auto assign = [&star](vocabulary::StarField field, const QString& text) {
        QString* target = nullptr;
        switch (field) {
        case vocabulary::StarField::Situation:
            target = &star.situation;
            break;
        case vocabulary::StarField::Task:
            target = &star.task;
            break;
        case vocabulary::StarField::Action:
            target = &star.action;
            break;
        case vocabulary::StarField::Result:
            target = &star.result;
            break;
        }
        if (target->isEmpty())
            *target = text;
    };
    // A "**Situation**:" paragraph opens a field that runs to the next label.
    bool fieldOpen = false;
    vocabulary::StarField openField = vocabulary::StarField::Situation;
    QStringList openText;
    auto closeField = [&]() {
        if (fieldOpen)
            assign(openField, BlockSource::joined(openText));
        fieldOpen = false;
        openText.clear();
    };
    for (const PendingBlock& pendingBlock : pending.blocks) {
        cmark_node* block = pendingBlock.node;
        if (block == pending.labelParagraph)
            continue;
        if (isList(block)) {
            closeField();
            for (cmark_node* item = cmark_node_first_child(block); item;
                 item = cmark_node_next(item)) {
                cmark_node* first = cmark_node_first_child(item);
                if (!first || !isParagraph(first))
                    continue;
                const BoldLabel label = leadingBoldLabel(first);
                if (const auto field =
                        label.found ? vocabulary::starField(label.label) : std::nullopt)
                    assign(*field, m_source.afterLabel(item));
            }
            continue;
        }
        // Read when the block joined the part: only a paragraph has a label.
        const std::optional<vocabulary::StarField> field = pendingBlock.star;
        if (field) {
            closeField();
            fieldOpen = true;
            openField = *field;
            openText << m_source.afterLabel(block);
        } else if (fieldOpen) {
            openText << m_source.of(block);
        }
    }
    closeField();
    return star;
}

void GuideBodyReader::warn(int line, int column, const QString& message)
{
    m_guide.diagnostics << Diagnostic{Diagnostic::Severity::Warning, line, column, message};
}

} // namespace ip
