package org.entente.ingest.testing;

import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** Upload requests the tests share. */
public final class Uploads {

    /** The API key the test profile accepts. */
    public static final String KEY = "dev-key";

    private Uploads() {
    }

    /** Ingests a text and expects it to be accepted as new. */
    public static ExtractableResponse<Response> postText(String text) {
        return given().header("X-Api-Key", KEY).contentType(ContentType.TEXT).body(text)
                .when().post("/api/articles")
                .then().statusCode(202).extract();
    }

    /** The id of a newly ingested text. */
    public static String ingest(String text) {
        return postText(text).path("id");
    }

    /** Uploads a file as multipart form with the given extra form fields. */
    public static Response uploadFile(String name, byte[] content, Map<String, String> fields) {
        var request = given().header("X-Api-Key", KEY).multiPart("file", name, content, "application/octet-stream");
        fields.forEach(request::multiPart);
        return request.when().post("/api/articles");
    }
}
