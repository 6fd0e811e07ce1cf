package io.policyhub.manifests;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** What deploy/pom.xml says about the container image Jib builds: its name and tag, ports and user. */
public record ImageBuild(String image, String version, List<Integer> ports, int userId) {

    public static ImageBuild fromPom() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document pom = factory.newDocumentBuilder().parse(Path.of("pom.xml").toFile());
        Element project = pom.getDocumentElement();
        String version = text(child(project, "parent"), "version");
        String name = text(child(project, "properties"), "policyhub.image.name");
        Element container = null;
        NodeList plugins = pom.getElementsByTagName("plugin");
        for (int i = 0; i < plugins.getLength(); i++) {
            var plugin = (Element) plugins.item(i);
            if ("jib-maven-plugin".equals(text(plugin, "artifactId"))) {
                container = child(child(plugin, "configuration"), "container");
            }
        }
        if (container == null) {
            throw new IllegalStateException("deploy/pom.xml configures no jib-maven-plugin container");
        }
        var ports = new ArrayList<Integer>();
        NodeList portNodes = child(container, "ports").getElementsByTagName("port");
        for (int i = 0; i < portNodes.getLength(); i++) {
            ports.add(Integer.parseInt(portNodes.item(i).getTextContent().strip()));
        }
        int user = Integer.parseInt(text(container, "user").split(":")[0]);
        return new ImageBuild(name, version, List.copyOf(ports), user);
    }

    /** The image reference the build tags: {@code name:version}. */
    public String reference() {
        return image + ":" + version;
    }

    private static Element child(Element parent, String name) {
        NodeList children = parent.getChildNodes();
        for (int i = 0; i < children.getLength(); i++) {
            if (children.item(i) instanceof Element element
                    && element.getTagName().equals(name)) {
                return element;
            }
        }
        throw new IllegalStateException("no <" + name + "> in <" + parent.getTagName() + ">");
    }

    private static String text(Element parent, String name) {
        return child(parent, name).getTextContent().strip();
    }
}
