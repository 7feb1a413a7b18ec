package org.infoshare.sharing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.sharing.domain.Payload;
import org.infoshare.sharing.domain.RecordMedium;
import org.infoshare.sharing.domain.RecordSource;

import java.time.LocalDate;

import java.util.List;
import java.util.Map;

/**
 * What a share carries: {@code records} (each: data category → field → a JSON scalar), or
 * {@code cells} of an aggregate. Exact ages and postcodes are generalised on receipt (age band,
 * postcode district); direct identifiers are refused (P7.1). Records come with {@code sources}, one
 * per record in the same order (P2.2/P9.1); cells, being counts, need none.
 */
public record PayloadBody(
        @Size(max = 5000) List<@NotNull @Size(min = 1, max = 50) Map<
                @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String,
                @NotNull @Size(max = 100) Map<@Pattern(regexp = FIELD, message = FIELD_MESSAGE) String, Object>>> records,
        @Size(max = 5000) List<@NotNull @Valid Cell> cells,
        @Size(max = 5000) List<@NotNull @Valid Source> sources) {

    static final String FIELD = "[A-Za-z][A-Za-z0-9]{0,63}";
    static final String FIELD_MESSAGE = "must be a field name of letters and digits, starting with a letter";

    public record Cell(
            @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String category,
            @NotNull @Size(max = 10) Map<@Pattern(regexp = FIELD, message = FIELD_MESSAGE) String,
                    @NotNull @Size(max = 200) String> dimensions,
            @NotNull @Min(0) Long count) {
    }

    /** P2.2/P9.1: who supplied a record, on which medium, and the day it was last verified (not in the future). */
    public record Source(
            @NotBlank @Size(max = 200) String source,
            @NotNull RecordMedium medium,
            @NotNull @PastOrPresent LocalDate lastVerifiedOn) {
    }

    Payload toDomain() {
        return new Payload(records == null ? List.of() : records,
                cells == null ? List.of() : cells.stream()
                        .map(cell -> new Payload.AggregateCell(cell.category(), cell.dimensions(), cell.count())).toList(),
                sources == null ? List.of() : sources.stream()
                        .map(s -> new RecordSource(s.source(), s.medium(), s.lastVerifiedOn())).toList());
    }
}
