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

    /// The lines of a configuration file as Python reads them (universal newlines: CRLF, CR and
    /// LF each end a line), without their line ends; a final line end gives a last empty line.
    /// Splits on scalars, since CRLF is one `Character`, equal to neither `"\r"` nor `"\n"`.
    static func universalLines(of text: String) -> [Substring] {
        let scalars = text.unicodeScalars
        var lines: [Substring] = []
        var start = scalars.startIndex, index = start
        while index < scalars.endIndex {
            let scalar = scalars[index]
            guard scalar == "\n" || scalar == "\r" else {
                index = scalars.index(after: index)
                continue
            }
            lines.append(Substring(scalars[start..<index]))
            index = scalars.index(after: index)
            if scalar == "\r", index < scalars.endIndex, scalars[index] == "\n" { index = scalars.index(after: index) }
            start = index
        }
        lines.append(Substring(scalars[start...]))
        return lines
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
