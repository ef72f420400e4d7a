// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Turns a Thymeleaf template into a tagged PDF (PDF/UA: structure tags, reading order, title and language, embedded
 * font), so that reports can be read with a screen reader and archived. Templates live under {@code templates/pdf/}
 * and use the layout {@code pdf/basis :: document}; they may use messages ({@code #{...}}) but no links ({@code @{...}}),
 * because there is no request.
 */
@Component
public class PdfDocumenten {

  private static final String LETTER = "Liberation Sans";

  private final ITemplateEngine templates;

  PdfDocumenten(ITemplateEngine templates) {
    this.templates = templates;
  }

  /** The PDF of {@code template} with {@code model}; the HTML needs a {@code <title>} and {@code lang}. */
  public byte[] maak(String template, Map<String, Object> model, Locale taal) {
    String html = templates.process(template, new Context(taal, model));
    var uit = new ByteArrayOutputStream();
    try {
      var bouwer = new PdfRendererBuilder();
      bouwer.useFastMode();
      bouwer.usePdfUaAccessibility(true);
      bouwer.useFont(() -> letter("Regular"), LETTER, 400, FontStyle.NORMAL, true);
      bouwer.useFont(() -> letter("Bold"), LETTER, 700, FontStyle.NORMAL, true);
      bouwer.useFont(() -> letter("Italic"), LETTER, 400, FontStyle.ITALIC, true);
      bouwer.useFont(() -> letter("BoldItalic"), LETTER, 700, FontStyle.ITALIC, true);
      bouwer.withW3cDocument(new W3CDom().fromJsoup(Jsoup.parse(html)), "classpath:/");
      bouwer.toStream(uit);
      bouwer.run();
    } catch (IOException e) {
      throw new UncheckedIOException("PDF van " + template + " kon niet gemaakt worden", e);
    }
    return uit.toByteArray();
  }

  private static InputStream letter(String stijl) {
    return PdfDocumenten.class.getResourceAsStream("/liberation/LiberationSans-" + stijl + ".ttf");
  }
}
