// SPDX-License-Identifier: EUPL-1.2
package nl.helder.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Map;
import nl.helder.HelderIntegratieTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class PdfDocumentenTest extends HelderIntegratieTest {

  @Autowired PdfDocumenten pdf;

  @Test
  void maaktEenGetagdePdfMetTitelTaalEnIngebeddeLetter() throws Exception {
    byte[] bytes = pdf.maak("pdf/proef",
        Map.of("titel", "Proefrapport ëé", "rijen", Map.of("Doel", "Vragen van inwoners beantwoorden")),
        Locale.forLanguageTag("nl"));

    try (var document = Loader.loadPDF(bytes)) {
      var catalogus = document.getDocumentCatalog();
      assertThat(catalogus.getStructureTreeRoot()).as("structuurboom (tags)").isNotNull();
      assertThat(catalogus.getMarkInfo().isMarked()).isTrue();
      assertThat(catalogus.getLanguage()).isEqualTo("nl");
      assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Proefrapport ëé");
      // PDF/UA wants a description in the XMP metadata; without it openhtmltopdf warns that the file is not compliant.
      try (var xmp = catalogus.getMetadata().exportXMPMetadata()) {
        assertThat(new String(xmp.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8))
          .contains("dc:description").contains("Verslag uit Helder");
      }
      var letter = document.getPage(0).getResources().getFontNames().iterator().next();
      assertThat(document.getPage(0).getResources().getFont(letter).isEmbedded()).isTrue();
      String tekst = new PDFTextStripper().getText(document);
      assertThat(tekst).contains("Proefrapport ëé", "Naar de inhoud", "Vragen van inwoners beantwoorden");
    }
  }
}
