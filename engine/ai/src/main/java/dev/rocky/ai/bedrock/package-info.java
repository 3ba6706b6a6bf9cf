/** Amazon Bedrock's Converse API through the AWS SDK's bedrockruntime client. */
@NullMarked
package dev.rocky.ai.bedrock;

import org.jspecify.annotations.NullMarked;
