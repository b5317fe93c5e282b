#pragma once

#include "model/Guide.h"

#include <QJsonObject>

namespace ip {

// The JSON shape of a guide, as `interview-prep check --json` prints it and as
// the library stores a parsed snapshot. fromJson(toJson(g)) gives back g.
class GuideJson {
public:
    static QJsonObject toJson(const Guide& guide);
    static Guide fromJson(const QJsonObject& object);

    static QJsonObject diagnosticToJson(const Diagnostic& diagnostic);
};

} // namespace ip
