package org.infoshare.sharing.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.infoshare.sharing.domain.Payload;

import java.util.List;
import java.util.Map;

/**
 * What a share carries: {@code records} (each: data category → field → a JSON scalar), or
 * {@code cells} of an aggregate. Exact ages and postcodes are generalised on receipt (age band,
 * postcode district); direct identifiers are refused (P7.1).
 */
public record PayloadBody(
        @Size(max = 5000) List<@NotNull @Size(min = 1, max = 50) Map<
                @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String,
                @NotNull @Size(max = 100) Map<@Pattern(regexp = FIELD, message = FIELD_MESSAGE) String, Object>>> records,
        @Size(max = 5000) List<@NotNull @Valid Cell> cells) {

    static final String FIELD = "[A-Za-z][A-Za-z0-9]{0,63}";
    static final String FIELD_MESSAGE = "must be a field name of letters and digits, starting with a letter";

    public record Cell(
            @NotNull @Pattern(regexp = Tokens.CODE, message = Tokens.CODE_MESSAGE) String category,
            @NotNull @Size(max = 10) Map<@Pattern(regexp = FIELD, message = FIELD_MESSAGE) String,
                    @NotNull @Size(max = 200) String> dimensions,
            @NotNull @Min(0) Long count) {
    }

    Payload toDomain() {
        return new Payload(records == null ? List.of() : records,
                cells == null ? List.of() : cells.stream()
                        .map(cell -> new Payload.AggregateCell(cell.category(), cell.dimensions(), cell.count())).toList());
    }
}
