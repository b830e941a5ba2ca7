/**
 * Test fixtures: a real S3 API in-process (S3Proxy with SigV4 over a temporary filesystem store) behind a
 * recording, fault-injecting HTTP proxy, plus readers of the shared cases' expected files and a link check of a
 * published prefix.
 *
 * <pre>{@code
 * @ExtendWith(S3TestServerExtension.class)
 * class PublishIT {
 *     @Test
 *     void republishCostsOneRequest(S3TestServer s3) {
 *         BucketContents bucket = s3.createBucket();               // fresh bucket; log and rules were reset
 *         s3.proxy().addRule(FaultRules.rejectChecksums());      // optional: behave like a picky S3-compatible store
 *         publish(s3.springCloudAwsProperties(), bucket.name());   // the code under test talks to s3.endpoint()
 *         ExpectedCase c26 = ExpectedCase.load("C26");
 *         CaseAssertions.assertBucketMatches(bucket, c26.bucket("step1"), "static/");
 *         CaseAssertions.assertUploads(s3.log().keysWritten(), c26.uploads("step1"), "static/");
 *         LinkCheck.of(bucket, "static/").assertPasses();             // every reference resolves, every hash matches
 *         s3.log().clear();
 *         publish(s3.springCloudAwsProperties(), bucket.name());
 *         assertThat(s3.log().requests()).hasSize(1);
 *     }
 * }
 * }</pre>
 */
package dev.assetsync.testsupport;
