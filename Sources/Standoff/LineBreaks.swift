/// The scalars that end a line: those Python's `str.splitlines` (and so brat's server) and
/// brat's display break lines at.
enum LineBreaks {
    /// Whether `scalar` ends a line.
    static func contains(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x1C, 0x1D, 0x1E, 0x85, 0x2028, 0x2029: return true
        default: return false
        }
    }

    /// A readable name for a line-ending scalar, such as `LF` or `U+2028`.
    static func name(of scalar: Unicode.Scalar) -> String {
        switch scalar.value {
        case 0x0A: return "a line feed (LF)"
        case 0x0D: return "a carriage return (CR)"
        default: return "the line separator U+" + String(scalar.value, radix: 16, uppercase: true).leftPadded(to: 4)
        }
    }
}

extension String {
    /// The string with `0` added in front up to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }

    /// The string with line breaks and TABs shown as `\n`, `\r`, `\t`, for messages.
    var visibleEscapes: String {
        var result = ""
        for scalar in unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if LineBreaks.contains(scalar) {
                    result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result
    }
}
