#pragma once

#include <QString>
#include <optional>
#include <utility>
#include <variant>

namespace ip {

// What went wrong, in a form the caller can act on: the kind decides how the
// app reacts (retry, offer a restore, quit), the message is shown to the user.
enum class ErrorKind {
    InvalidInput, // a file or argument that is not what it should be
    NotFound,
    Io,     // read or write failed for another reason
    Locked, // another process holds the database
    ReadOnly,
    DiskFull,
    Corrupt,
    TooNew, // written by a newer version of the app
    AlreadyRunning,
    Vanished, // the database file was removed or replaced while in use
    Internal,
};

struct Error {
    ErrorKind kind = ErrorKind::Internal;
    QString message;
};

// A value or an error, the small result type used across core (C++20 has no
// std::expected yet).
template <typename T> class [[nodiscard]] Result {
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T& value() const& { return std::get<T>(m_state); }
    T& value() & { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    const T* operator->() const { return &value(); }
    T* operator->() { return &value(); }
    const T& operator*() const& { return value(); }
    T& operator*() & { return value(); }

    const Error& error() const { return std::get<Error>(m_state); }

private:
    std::variant<T, Error> m_state;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error& error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

inline Error makeError(ErrorKind kind, QString message)
{
    return Error{kind, std::move(message)};
}

} // namespace ip
